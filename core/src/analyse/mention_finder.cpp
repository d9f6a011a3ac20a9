#include "analyse/mention_finder.hpp"

#include <algorithm>

#include "analyse/clause_structure.hpp"
#include "analyse/custom_mentions.hpp"
#include "analyse/dialect_possessive.hpp"
#include "analyse/echo_marker.hpp"
#include "analyse/emotion_finder.hpp"
#include "analyse/experiential_frame.hpp"
#include "analyse/hurt_of_loss.hpp"
#include "analyse/hypothetical_carryover.hpp"
#include "analyse/hypothetical_model.hpp"
#include "analyse/hypothetical_scene.hpp"
#include "analyse/hypothetical_scope.hpp"
#include "analyse/prediction_outcome.hpp"
#include "analyse/feared_event.hpp"
#include "analyse/illness_list.hpp"
#include "analyse/imagined_reference.hpp"
#include "analyse/permitted_state.hpp"
#include "analyse/intensity_modifiers.hpp"
#include "analyse/mention_filter.hpp"
#include "analyse/mention_flags.hpp"
#include "analyse/negation_scope.hpp"
#include "analyse/prescribed_release.hpp"
#include "analyse/rating_finder.hpp"
#include "analyse/place_question.hpp"
#include "analyse/sensation_linker.hpp"
#include "analyse/sensation_topic.hpp"
#include "analyse/turn_context.hpp"
#include "lexicon/role_words.hpp"

namespace feltline::analyse {
namespace {

void match(TurnContext& c) {
  const std::size_t n = c.size();
  // Sized once and written by index through local pointers (a push_back per
  // word and vector checked the capacity and stored the end each time).
  c.keys.resize(n);
  c.texts.resize(n);
  c.list_rows.resize(n + 1);
  lexicon::MatchKey* keys = c.keys.data();
  std::string_view* texts = c.texts.data();
  const lexicon::WordLists::Rows** list_rows = c.list_rows.data();
  const Word* words = c.tw.words.data();
  lexicon::ClassBits classes = 0;
  lexicon::WordLists::Row in_turn{}, starts_in_turn{};  // locals: kept in registers across the stores
  const lexicon::WordLists& lists = c.dl->word_lists;
  for (std::size_t i = 0; i < n; ++i) {
    const Word& w = words[i];
    classes |= w.classes;
    const auto& rows = lists.rows(w.id ? w.id : w.listed);
    list_rows[i] = &rows;
    for (std::size_t k = 0; k < in_turn.size(); ++k) {
      in_turn[k] |= rows.lists[k];
      starts_in_turn[k] |= rows.starts[k];
    }
    // The rules ask for a word's text many times: look it up once.
    if (w.id)
      texts[i] = c.lex().word_text(w.id);
    else
      texts[i] = w.punct == Punct::none ? c.tw.folded_token(w.token) : std::string_view();
    lexicon::MatchKey k;
    k.exact = w.id;
    k.classes = w.classes;
    k.barrier = w.punct != Punct::none;
    keys[i] = k;
  }
  list_rows[n] = &lists.rows(0);  // one past the last word: in no list
  c.word_classes = classes;
  c.lists_in_turn = in_turn;
  c.phrase_starts_in_turn = starts_in_turn;
  lexicon::match_phrases(c.lex(), c.keys, lexicon::MatchOptions{}, c.hits);
  // "in me throat": once "me" is read as "my", phrases with {det} match through it
  if (mark_dialect_possessives(c)) lexicon::match_phrases(c.lex(), c.keys, lexicon::MatchOptions{}, c.hits);
  c.hit_of_word.assign(c.size(), -1);
  // One pass over the hits: their kinds together, and the hit of each word
  // (through local pointers, the stores could alias c).
  std::uint32_t kinds = 0;
  std::int32_t* const hit_of_word = c.hit_of_word.data();
  const lexicon::Hit* const hits = c.hits.data();
  for (std::size_t h = 0, count = c.hits.size(); h < count; ++h) {
    kinds |= hits[h].kinds;
    for (std::uint32_t i = hits[h].first; i < hits[h].last; ++i) hit_of_word[i] = static_cast<std::int32_t>(h);
  }
  c.hit_kinds = kinds;
}

Mention to_mention(const TurnContext& c, const Candidate& cand, const std::string& text) {
  Mention m;
  m.kind = cand.kind;
  m.begin = c.word(cand.first).begin;
  m.end = c.word(cand.last - 1).end;
  const auto& lex = c.lex();
  switch (cand.kind) {
    case MentionKind::emotion:
      m.category = lex.label_name(cand.label);
      break;
    case MentionKind::sensation:
      m.quality = lex.label_name(cand.label);
      m.region = lex.label_name(cand.region);
      if (cand.region_entry) m.region_source = lex.source_text(cand.region_entry->source);
      break;
    case MentionKind::rating:
      m.value = cand.value;
      m.scale = cand.scale;
      if (!cand.category.empty()) m.category = c.pool->intern(cand.category);
      break;
    default:
      break;
  }
  if (cand.entry)
    m.source = lex.source_text(cand.entry->source);
  else if (cand.kind == MentionKind::rating)
    m.source = c.pool->intern(text.substr(m.begin, m.end - m.begin));
  m.rule = cand.rule;
  set_context_flags(c, cand, m);
  if (cand.kind == MentionKind::emotion || cand.kind == MentionKind::sensation)
    collect_intensity(c, cand, text, m.intensity);
  return m;
}

// Sorts a turn's mentions by place, kind, dictionary and category, keeping the
// order of ties. Through an index, because a sort of the mentions themselves
// inlines their moves (a dozen strings each) into the WebAssembly module.
void sort_mentions(std::vector<Mention>& mentions, std::vector<std::uint32_t>& order) {
  order.resize(mentions.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t i, std::uint32_t j) {
    const Mention& a = mentions[i];
    const Mention& b = mentions[j];
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end < b.end;
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.dictionary != b.dictionary) return a.dictionary < b.dictionary;
    if (a.category != b.category) return a.category < b.category;
    return i < j;
  });
  std::vector<Mention> sorted;
  sorted.reserve(mentions.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(mentions[i]));
  mentions = std::move(sorted);
}

}  // namespace

MentionFinder::MentionFinder() : context_(std::make_unique<TurnContext>()) {}
MentionFinder::~MentionFinder() = default;

void MentionFinder::find(Transcript& transcript, const Options& options,
                         const std::vector<std::shared_ptr<const lexicon::CustomLexicon>>& custom,
                         text::WordTokenizer& tokenizer, const TurnDone& on_turn) {
  TurnContext& c = *context_;
  c.dl = &lexicon::default_lexicon();
  if (!transcript.text_pool) transcript.text_pool = std::make_shared<TextPool>();
  c.pool = transcript.text_pool.get();
  for (const auto& lexicon : custom) c.pool->keep(lexicon);
  RatingState ratings;
  EchoMarker echo;
  int turn_number = 0;
  bool asked_hypothetically = false;  // the previous turn ended with a hypothetical question or feeling
  bool asked_feeling = false;  // the previous turn ended "How are you feeling?"
  TurnContext::NamedRegion asked_place;  // the previous turn ended on a question that is only a place
  bool asked_message = false;
  bool asked_checklist = false;  // the previous turn ended "Any nausea with the patches?"
  bool asked_of_now = false;  // the previous turn ended "What happens inside as you hear that?"
  bool asked_future = false;  // the previous turn ended "What will you notice on Friday?"
  bool answered_future = false;  // the previous turn answered such a question
  bool other_turn_body = false, other_turn_loss = false;  // what the previous turn left for "it hurts"  // the previous turn ended "What would you tell her?"
  SceneState scene = SceneState::closed;  // how the previous turn left an imagined scene
  SceneState scene_two_back = SceneState::closed;  // how the turn before that left it
  struct Relayed {  // what the last turn not an interpreter's met, for the interpreter rendering it
    SceneState met = SceneState::closed;
    bool other_speaker = false;
    bool asked_hypothetically = false;
  } relayed;
  c.previous_turn_region = {};
  c.scene_seen = false;
  c.scene_turns_ago = TurnContext::kNoSceneYet;
  c.in_exercise = false;
  c.exercise_turns = 0;
  c.ended_in_role = false;
  c.role_offered_turns_ago = TurnContext::kNoSceneYet;
  const Turn* previous_turn = nullptr;
  Role asker = Role::unknown;
  const std::string* asker_name = nullptr;  // the asking turn's speaker label, when it has one
  std::vector<std::uint32_t> order;  // sort_mentions' index
  std::vector<const std::vector<Mention>*> recent;  // the mentions of the three turns before (permitted_state.hpp)
  HypotheticalHistory history;  // how the rules left the previous turn (the learned flag's features)
  for (std::size_t position = 0; position < transcript.turns.size(); ++position) {
    Turn& turn = transcript.turns[position];
    turn.mentions.clear();
    build_turn_words(turn, *c.dl, tokenizer, options.include_meta_notes, c.tw);
    c.word_count = c.tw.words.size();
    match(c);
    find_clauses(c);
    find_negation_scope(c);
    find_hypothetical_scope(c);
    end_predictions_at_outcome(c);
    free_states_of_feared_events(c);
    // Another speaker answers: by label when both turns have one ("Supervisor" and
    // "Worker" both have the role unknown), else by role.
    // "Tell me what's happening." - (interpreter) "Co się dzieje?" - "Jestem pod
    // stołem." - (interpreter) "I'm under the table.": an interpreter's turn renders
    // the turn before; it is read as that turn was, from the scene state that turn
    // met, and leaves the state, and who asked, as that turn left them (round thirty-five)
    // (only beside the client's own words: where the client is never heard, "He says
    // he is lonely here." is the client's answer, in the interpreter's voice)
    const bool relay = previous_turn && turn.speaker && turn.role == Role::other &&
                       lexicon::RoleWords::defaults().relays(*turn.speaker) &&
                       !(previous_turn->speaker && *previous_turn->speaker == *turn.speaker) &&
                       (previous_turn->role == Role::client ||
                        (position + 1 < transcript.turns.size() && transcript.turns[position + 1].role == Role::client));
    const bool other_speaker = relay ? relayed.other_speaker
                               : (asker_name && turn.speaker) ? *asker_name != *turn.speaker
                                                              : turn.role != asker;
    const SceneState left = scene;
    if (relay) {
      scene = relayed.met;
    } else {
      // the same speaker goes on in a scene; the other one answers a scene handed over
      if (scene == SceneState::unpeopled) scene = other_speaker ? SceneState::closed : SceneState::open;
      if (scene == SceneState::offered && !other_speaker) scene = SceneState::open;
      if (scene == SceneState::open && other_speaker) scene = SceneState::answered;
      if ((scene == SceneState::handed_over || scene == SceneState::invited) && !other_speaker) scene = SceneState::open;
      // the speaker left a scene open, the other speaker commented: it may go on
      if (scene == SceneState::closed && other_speaker && scene_two_back == SceneState::open) scene = SceneState::paused;
      scene_two_back = left;
      relayed = {scene, other_speaker, asked_hypothetically};
    }
    c.client_turn = turn.role == Role::client;
    c.therapist_turn = turn.role == Role::therapist;
    scene = carry_imagined_scenes(c, scene);
    if (relay) scene = left;
    c.answers_message_question = asked_message && other_speaker;
    c.answers_future_question = !relay && asked_future && other_speaker;
    carry_recorded_predictions(c);
    const bool asked_before = relay ? relayed.asked_hypothetically : asked_hypothetically;
    carry_hypotheticals(c, asked_before && other_speaker);
    // "What happens inside as you hear that?" - "Relief. My jaw unclenched.": the answer
    // reports what is felt now, whatever scene or imagined feeling came before; a cue of
    // the answer's own ("I'd be ...") carries on from where it stands
    if (asked_of_now && other_speaker && !relay)
      for (std::size_t i = 0; i < c.size(); ++i)
        if (c.hypothetical_by[i] == kCarriedOver) c.hypothetical_by[i] = -1;
    if (!relay) {
      asked_hypothetically = ends_with_hypothetical_question(c);
      asked_message = ends_asking_for_message(c);
      // "Okay, mouth watering. What else?": a question for more, after the answer,
      // goes on asking the future occasion
      asked_future = ends_asking_future_state(c) ||
                     (answered_future && other_speaker && ends_with_question(c) &&
                      asks_for_more(c, c.sentence[c.size() - 1]));
      answered_future = c.answers_future_question;
    }
    const bool ends_asking = ends_with_question(c);
    if (!relay) {
      asker = turn.role;
      asker_name = turn.speaker ? &*turn.speaker : nullptr;
    }
    c.answers_feeling_question = asked_feeling && other_speaker;
    c.speaks_for_another = turn.role == Role::other;
    asked_feeling = ends_asking_feeling(c);
    c.asked_place = other_speaker ? asked_place : TurnContext::NamedRegion{};
    asked_place = place_only_question(c);
    find_experiential_frames(c);
    c.candidates.clear();
    c.used.assign(c.hits.size(), 0);
    link_sensations(c);
    drop_sensations_in_illness_lists(c);
    drop_sensation_topics(c, turn.role == Role::client);
    c.other_turn_body = other_turn_body && other_speaker;
    c.other_turn_loss = other_turn_loss && other_speaker;
    c.turn_text = turn.text;
    find_emotions(c);
    hurt_context_of_turn(c, other_turn_body, other_turn_loss);
    find_analytic(c);
    find_ratings(c, turn_number++, ratings);
    sort_candidates(c.candidates);
    turn.mentions.reserve(c.candidates.size());
    for (const Candidate& cand : c.candidates) turn.mentions.push_back(to_mention(c, cand, turn.text));
    // ("Any nausea with the patches?" - "No nausea.": the answer to a checklist's item reports)
    if (previous_turn && other_speaker && !asked_checklist) mark_imagined_references(c, previous_turn->mentions, turn.mentions);
    if (!relay) asked_checklist = ends_with_checklist_question(c);
    if (!relay) asked_of_now = ends_asking_of_now(c);
    recent.clear();
    for (std::size_t back = 1; back <= 3 && back <= position; ++back) recent.push_back(&transcript.turns[position - back].mentions);
    mark_permitted_states(c, recent, turn.mentions);
    mark_prescribed_releases(c, turn.mentions);
    previous_turn = &turn;
    // "... if the shame shows up, it's allowed. How are you leaving today?": a
    // plain question at the end is what the reply answers
    // "I don't know why I should be ashamed": a norm, not a scene, so the reply
    // reflecting the shame speaks of now
    asked_hypothetically = asked_hypothetically ||
                           (!ends_asking && ends_with_imagined_feeling(turn.mentions) && !ends_with_obligation(c));
    echo.process(turn.role, c, c.candidates, turn.mentions);
    // the learned flag re-decides the rules' hypotheticals (hypothetical_model.hpp)
    decide_hypotheticals(c, position, turn.role, !other_speaker, turn.mentions, history);
    // the learned filter drops mentions annotators would not mark (mention_filter.hpp)
    filter_mentions(c, position, turn.role, turn.mentions);
    find_custom_mentions(c, custom, turn, turn.mentions);
    if (!custom.empty()) sort_mentions(turn.mentions, order);
    if (on_turn) on_turn(position, turn, c.tw);
  }
}

std::vector<std::shared_ptr<const lexicon::CustomLexicon>> load_custom_lexicons(
    const Options& options, std::vector<Diagnostic>& diagnostics) {
  std::vector<std::shared_ptr<const lexicon::CustomLexicon>> out;
  for (const auto& source : options.lexicons) {
    auto compiled = lexicon::compile_custom_lexicon(source.name, source.format, source.content);
    const std::string who = "lexicon \"" + source.name + "\"";
    for (const auto& p : compiled->report.problems) {
      std::string where = p.line > 0 ? " line " + std::to_string(p.line) : std::string();
      diagnostics.push_back({Severity::warning, who + where + ": " + p.message, 0});
    }
    if (compiled->report.suppressed)
      diagnostics.push_back(
          {Severity::warning,
           who + ": " + std::to_string(compiled->report.suppressed) + " more problems not shown", 0});
    if (!compiled->usable) {
      diagnostics.push_back({Severity::error, who + " could not be used", 0});
      continue;
    }
    diagnostics.push_back({Severity::info,
                           who + ": " + std::to_string(compiled->report.terms) + " terms in " +
                               std::to_string(compiled->report.categories) + " categories",
                           0});
    out.push_back(std::move(compiled));
  }
  return out;
}

}  // namespace feltline::analyse
