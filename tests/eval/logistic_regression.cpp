#include "logistic_regression.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>

namespace feltline::eval {
namespace {

double sigmoid(double z) { return z >= 0 ? 1 / (1 + std::exp(-z)) : std::exp(z) / (1 + std::exp(z)); }

double dot(const std::vector<double>& w, const LabelledExample& e) {
  double z = 0;
  for (std::uint32_t b : e.buckets) z += w[b];
  return z;
}

// Mean log loss plus lambda/2 |w|^2.
double loss(const std::vector<double>& w, const std::vector<const LabelledExample*>& data, double lambda) {
  double sum = 0;
  for (const LabelledExample* e : data) {
    const double z = dot(w, *e);
    // log(1 + exp(-y z)) with y in {-1, 1}, computed without overflow
    const double m = e->label ? -z : z;
    sum += m > 0 ? m + std::log1p(std::exp(-m)) : std::log1p(std::exp(m));
  }
  double reg = 0;
  for (double x : w) reg += x * x;
  return sum / double(data.size()) + lambda / 2 * reg;
}

// Newton's method with conjugate gradients and a halving step: deterministic.
}  // namespace

std::vector<double> fit_logistic_regression(const std::vector<const LabelledExample*>& data,
                                            std::size_t dimension, double lambda) {
  std::vector<double> w(dimension, 0.0);
  const double n = double(data.size());
  std::vector<double> grad(dimension), p(data.size()), d(dimension), r(dimension), q(dimension),
      hq(dimension);
  double current = loss(w, data, lambda);
  for (int iteration = 0; iteration < 30; ++iteration) {
    for (std::size_t i = 0; i < data.size(); ++i) p[i] = sigmoid(dot(w, *data[i]));
    for (std::size_t b = 0; b < dimension; ++b) grad[b] = lambda * w[b];
    for (std::size_t i = 0; i < data.size(); ++i) {
      const double g = (p[i] - (data[i]->label ? 1.0 : 0.0)) / n;
      for (std::uint32_t b : data[i]->buckets) grad[b] += g;
    }
    double gnorm = 0;
    for (double g : grad) gnorm += g * g;
    if (std::sqrt(gnorm) < 1e-7) break;
    // Solve H d = -grad, H = X' diag(p(1-p)) X / n + lambda I.
    std::fill(d.begin(), d.end(), 0.0);
    for (std::size_t b = 0; b < dimension; ++b) r[b] = -grad[b], q[b] = r[b];
    double rr = gnorm;
    for (int k = 0; k < 100 && rr > 1e-20; ++k) {
      for (std::size_t b = 0; b < dimension; ++b) hq[b] = lambda * q[b];
      for (std::size_t i = 0; i < data.size(); ++i) {
        double xq = 0;
        for (std::uint32_t b : data[i]->buckets) xq += q[b];
        const double s = p[i] * (1 - p[i]) * xq / n;
        for (std::uint32_t b : data[i]->buckets) hq[b] += s;
      }
      double qhq = 0;
      for (std::size_t b = 0; b < dimension; ++b) qhq += q[b] * hq[b];
      const double alpha = rr / qhq;
      double rr_next = 0;
      for (std::size_t b = 0; b < dimension; ++b) {
        d[b] += alpha * q[b];
        r[b] -= alpha * hq[b];
        rr_next += r[b] * r[b];
      }
      for (std::size_t b = 0; b < dimension; ++b) q[b] = r[b] + (rr_next / rr) * q[b];
      rr = rr_next;
    }
    double step = 1;
    std::vector<double> next(dimension);
    for (int halvings = 0; halvings < 20; ++halvings, step /= 2) {
      for (std::size_t b = 0; b < dimension; ++b) next[b] = w[b] + step * d[b];
      const double l = loss(next, data, lambda);
      if (l <= current) {
        current = l;
        w = next;
        break;
      }
    }
    if (step < 1e-5) break;
  }
  return w;
}

analyse::LinearModel quantise(const std::vector<double>& w, std::int32_t scale,
                              double threshold_probability) {
  analyse::LinearModel m;
  m.buckets = static_cast<std::uint32_t>(w.size());
  m.scale = scale;
  m.threshold = static_cast<std::int32_t>(
      std::lround(std::log(threshold_probability / (1 - threshold_probability)) * scale));
  for (double x : w) m.weights.push_back(static_cast<std::int32_t>(std::lround(x * scale)));
  return m;
}

std::string linear_model_json(const analyse::LinearModel& m, std::string_view extra) {
  std::string out = "{\"buckets\": " + std::to_string(m.buckets) + ", \"scale\": " + std::to_string(m.scale) +
                    ", \"threshold\": " + std::to_string(m.threshold) + std::string(extra) +
                    ", \"weights\": [";
  for (std::size_t b = 0; b < m.weights.size(); ++b) out += (b ? "," : "") + std::to_string(m.weights[b]);
  return out + "]}\n";
}

bool write_model(const std::string& json, const std::string& path, const char* program) {
  if (path.empty()) {
    std::cout << json;
    return true;
  }
  std::ofstream out(path, std::ios::binary);
  out << json;
  if (!out) {
    std::cerr << program << ": cannot write " << path << "\n";
    return false;
  }
  std::printf("wrote %s (%zu bytes)\n", path.c_str(), json.size());
  return true;
}

}  // namespace feltline::eval
