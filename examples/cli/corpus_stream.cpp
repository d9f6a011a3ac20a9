#include "corpus_stream.hpp"

#include <condition_variable>
#include <deque>
#include <istream>
#include <mutex>
#include <optional>
#include <ostream>
#include <thread>
#include <vector>

namespace feltline::cli {
namespace {

struct Job {
  std::size_t seq;
  int line_number;
  std::string line;
};

struct Done {
  bool ready = false;
  int line_number = 0;
  CorpusLine result;
};

}  // namespace

StreamReport stream_corpus(std::istream& in, std::ostream& out, std::ostream& errors, const LineAnalyser& analyse,
                           unsigned jobs, std::size_t window, const LineWritten& written) {
  if (jobs == 0) jobs = 1;
  if (window == 0) window = 4 * static_cast<std::size_t>(jobs);

  std::mutex mutex;
  std::condition_variable work_ready, slot_free, result_ready;
  std::deque<Job> queue;          // read, not yet taken by a worker
  std::vector<Done> done(window);  // results by seq % window
  std::size_t next_to_write = 0;   // seq the writer waits for
  std::size_t read = 0;            // lines read so far
  bool input_ended = false;
  StreamReport report;

  // Reader: never more than `window` lines ahead of the writer.
  std::thread reader([&] {
    std::string line;
    int line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are not dialogues
      std::unique_lock<std::mutex> lock(mutex);
      slot_free.wait(lock, [&] { return read < next_to_write + window; });
      queue.push_back({read++, line_number, std::move(line)});
      work_ready.notify_one();
      line.clear();
    }
    std::lock_guard<std::mutex> lock(mutex);
    input_ended = true;
    work_ready.notify_all();
    result_ready.notify_all();
  });

  std::vector<std::thread> workers;
  for (unsigned i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      for (;;) {
        Job job;
        {
          std::unique_lock<std::mutex> lock(mutex);
          work_ready.wait(lock, [&] { return !queue.empty() || input_ended; });
          if (queue.empty()) return;
          job = std::move(queue.front());
          queue.pop_front();
        }
        CorpusLine result = analyse(job.line, job.line_number);
        std::string().swap(job.line);  // free the input before waiting
        std::lock_guard<std::mutex> lock(mutex);
        Done& slot = done[job.seq % window];
        slot.ready = true;
        slot.line_number = job.line_number;
        slot.result = std::move(result);
        result_ready.notify_all();
      }
    });
  }

  // Writer: results in input order.
  for (;;) {
    Done slot;
    {
      std::unique_lock<std::mutex> lock(mutex);
      result_ready.wait(lock, [&] { return done[next_to_write % window].ready || (input_ended && next_to_write == read); });
      if (!done[next_to_write % window].ready) break;
      slot = std::move(done[next_to_write % window]);
      done[next_to_write % window] = Done{};
      ++next_to_write;
      slot_free.notify_one();
    }
    ++report.lines;
    if (slot.result.usable) {
      ++report.analysed;
      out << slot.result.text;
      if (written) written(slot.result);
    } else {
      ++report.skipped;
      errors << "feltline: line " << slot.line_number << ": " << slot.result.error << "; skipped\n";
    }
  }
  reader.join();
  for (auto& w : workers) w.join();
  out.flush();
  return report;
}

}  // namespace feltline::cli
