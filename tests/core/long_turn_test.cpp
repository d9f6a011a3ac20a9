// One huge turn exercises every mention rule that looks across a sentence,
// a clause or the turn's earlier mentions: ratings and their nearest emotion,
// elliptical answers, pronouns naming an earlier body part, a change said of
// an earlier sensation, negation and meta notes. Each of those once scanned
// from every word or hit, so a long turn took quadratic time (a 5 MB line ran
// 330 s). This test does not time anything: it analyses megabytes in one turn
// and checks the analysis reached the end; were the time quadratic again, the
// run would not finish (it takes seconds when linear).
#include <catch2/catch.hpp>

#include <string>

#include "feltline/analyze.hpp"

namespace {

struct Probe {
  const char* name;
  const char* sentence;  // repeated to fill the turn
  const char* speaker = "Client";
};

}  // namespace

TEST_CASE("a long turn of every context rule is analysed in full", "[mentions][large]") {
  const Probe probes[] = {
      {"ratings", "I was anxious, 7/10. On a scale from 0 to 10, how strong? Maybe a 6. sad 3 out of 10 "},
      {"one clause", "not anxious not tense no tightness never calm and my chest is tight and "},
      {"change of a sensation",
       "I feel tingling in my arms, the tingling eased and my chest feels tight and the tightness calmed "
       "down "},
      {"pronouns", "my hands were cold they were sore my hand feels dirty it's buzzing "},
      {"elliptical answers", "Heavy and dull. Softer. Warmer, almost. Steady. A bit safer. "},
      {"meta notes and quotes", "my chest is tight (sighs) and \"I can't\" [pause] breathe "},
      {"habits, imagined speech, conditions",
       "she would always say I would be calm whenever I was tense and if I never go I will be gutted and "},
      {"illness lists", "heart disease, cancer, stomach pains, insomnia, my jaw was tight, "},
      {"permission", "It's okay to feel nervous. You're allowed to be angry and my chest is tight. "},
      {"others' imagined words, offered possibilities",
       "she'd say she was calm and he'd say I'm sad and some people feel tense, but you seem calm and "},
      {"a quality placed by the next fragment", "Warm. Here, in my chest. Heavy. In my arms. A sort of ache. "},
      {"one sentence of qualities", "I feel warm, I feel heavy, I feel sore and "},
      {"wished and arriving states",
       "I don't want her worried and want to make him more upset, and when the dread comes at night, you know "
       "what to do, when the fear wakes you, put a hand there and "},
      {"states looked for", "notice what your anxiety does notice how tense you get notice any tightness "},
      {"hurt named, places and minds", "That must have hurt, the hurt, my calm place, worry time, I was going mad, a body on high alert, teary and stupid "},
      {"down of a place and of a mood", "I got down the stairs, wrote it down, I feel down and flat and gutted and "},
      {"requests to narrate in the present",
       "tell it in the present, present tense, as if it's happening, as though it is happening, I'm scared, "},
      {"what is imagined happening, pictures judged",
       "what do you picture happening what do you imagine feeling that's a vivid picture I'm scared "},
      {"feelings asked of the room", "how are you feeling about it as we end, feel about, I'm scared "},
      {"stage marks of a role play", "(as the boss) I'm stressed. (as manager (as) I'm tired (as me) Step out. "},
      {"scenes set before a short question", "imagine him there, you're at the gate, go slowly, I'm scared. What happens? "},
      {"strength, a full head, all over a part",
       "my legs feel strong, not so strong, my heart is knocking, my stomach closes, my head is full, "
       "like a zombie, I feel rested, tingling all over my arms and "},
      {"scenes taken up again, roles called by name",
       "Sir, let's go back to the house. Keep going. Can you keep going? What happens next? And then? I'm scared, tense and sad. "},
      {"states named as a subject", "I'd be scared. Scared is the word. Fear after a fall in a dark lane is a part "},
      // round twenty-seven: a state weighed by a degree, questions placed in the scene
      {"states weighed by a degree", "I'd be nervous. Nervous is a lot easier than panic. Anger is a bit of a theme. "},
      {"questions placed in the scene",
       "What do you notice in your body, in that picture? And in the scene, how is he? I'm nervous and tense. ",
       "Therapist"},
      // round twenty-eight: a closing "actually" inside a narration
      {"closing actually in a narration", "Where are you? I'm on the road. I'm calm, actually. I'm tired, actually. "},
      // round twenty-nine: "now" asking what happens in a scene that runs
      {"now asked of a running scene",
       "Where are you? I'm on the road. Where are you now? What's happening now? What happens in the lane now? I'm scared, tense and sad. "},
      {"predictions and their outcomes", "you predicted panic and got calm and what you got was what you saw, I'm scared "},
      {"states about what will happen", "what are you scared will happen afraid might happen fear will fear "},
      {"roles offered, greeted and called",
       "I'll play your boss. I'll be him. Hi, Coach. Okay. (pause) Yeonhee, thanks. I'm nervous, tense and sad. "},
      {"a reliving's terms after the request, starting points",
       "Tell it in the present tense. Start from the call. You can stop. I'll ask for a number. Okay? "
       "Begin from where the convoy leaves the camp. I'm scared, tense and sad. "},
      {"missing people and their events", "I miss my mum, missed my mum's birthday, miss the lads, miss the job, "},
      // a clinician's statements about what a sensation is: one sentence, then many
      {"sensations named as a topic, one sentence",
       "that warmth in your chest is your body remembering, that tightness tells me, my chest is tight and ",
       "Therapist"},
      {"a fist as an image, a simile said of a placed quality",
       "my hand goes tight, like a fist, like a fist behind my sternum, my chest is tight like a fist and "},
      {"sensations named as a topic, sentences",
       "That warmth in your chest is your body remembering. That tightness tells me. My chest is tight. ",
       "Therapist"},
      {"it hurts of a loss, a single sentence",
       "she left, I am sad, it still hurts, so much it hurts, that hurts, it's hurting and "},
      {"it hurts of a loss, sentences", "She left. It hurts. That still hurts. It's hurting. "},
      {"hearts that hurt, vex, guilt after an act",
       "my heart hurts, my heart is paining, heart aches, mi vex, she vex with me, I could vex back, and then I felt terrible, rotten about it, "},
      // sensations invited or asked after: one sentence, then many
      {"sensations invited, one sentence",
       "stay with that warmth, let that lump be there, is that warmth still there, let this stay with that heat and ",
       "Therapist"},
      {"sensations invited, sentences",
       "Stay with that warmth. Let that lump be there. Is that warmth still there? Is that heat? ", "Therapist"},
      // goosebumps placed on a body part (the skin's as well), a clear head (round twenty-seven)
      {"goosebumps on the arms, a clear head",
       "goosebumps on my arms, goose bumps all up my legs, my head is clearer, head's clear, goosebumps and "},
      // "useless" said of oneself (round twenty-eight)
      {"useless of oneself, of others and in a view",
       "I'm useless, me being so useless, the app is useless, he was useless, they think I'm useless, I'll be useless, "},
      // the skin's quality placed on another part (round twenty-eight)
      {"the skin placed on a part",
       "my skin is prickly on my arms, skin's sore all down my back, my skin is crawling, all up the arm and "},
      // a self-judgement standing alone (round twenty-nine): one sentence, then many
      {"self-judgements, one sentence", "useless, stupid, and stupid, pathetic 70, useless, sixty, I feel stupid, "},
      {"self-judgements, sentences", "Useless. Stupid, sixty. And stupid. Tired, and useless. Stupid, eh. Pathetic 70%. "},
  };
  for (const auto& probe : probes) {
    CAPTURE(probe.name);
    std::string turn = std::string(probe.speaker) + ":";
    const std::size_t label = turn.size() + 1;  // the label, its colon and the space after it
    while (turn.size() < (1u << 20)) turn += std::string(" ") + probe.sentence;
    const std::string tail = " At the very end, a knot in my stomach.";
    feltline::Options options;
    const std::string reply = std::string(probe.speaker) == "Client" ? "\nTherapist: Okay.\n" : "\nClient: Okay.\n";
    const auto transcripts = feltline::analyze_transcripts(turn + tail + reply, options);
    REQUIRE(transcripts.size() == 1);
    REQUIRE(transcripts[0].turns.size() == 2);
    const auto& first = transcripts[0].turns[0];
    CHECK(first.text.size() == turn.size() - label + tail.size());
    REQUIRE(first.mentions.size() > 10000);
    // The last mention is the stomach at the very end: the whole turn was read.
    CHECK(first.mentions.back().kind == feltline::MentionKind::sensation);
    CHECK(first.mentions.back().region == "stomach");
    CHECK(first.mentions.back().end == first.text.size() - 1);
  }
}

// A reply that calls on a role offered the turn before (round twenty-five)
// reads on sentence by sentence while it stays in role: the whole 1 MB reply.
TEST_CASE("a long reply to a role offered is analysed in full", "[mentions][large]") {
  std::string turn = "Client: Hi, Coach.";
  while (turn.size() < (1u << 20)) turn += " Thanks for seeing me. I'm nervous and tense, sir. (pause) Yes.";
  feltline::Options options;
  const auto transcripts = feltline::analyze_transcripts(
      "Therapist: I'll play your coach. You come up after class.\n" + turn + " A knot in my stomach.\n", options);
  REQUIRE(transcripts.size() == 1);
  REQUIRE(transcripts[0].turns.size() == 2);
  const auto& reply = transcripts[0].turns[1];
  REQUIRE(reply.mentions.size() > 10000);
  CHECK(reply.mentions.back().region == "stomach");
  CHECK(reply.mentions.back().end == reply.text.size() - 1);
}
