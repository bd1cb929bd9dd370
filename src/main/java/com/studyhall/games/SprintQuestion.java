package com.studyhall.games;

import com.studyhall.games.RefcountOracle.LineFacts;
import com.studyhall.games.RefcountOracle.NamedObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One question of the refcount sprint: after a line, an object's reference count, or whether the
 * object a name let go of is freed. The expected answer comes from the engine's trace.
 */
record SprintQuestion(int step, int line, boolean asksFreed, String name, String type, String expected) {

    static final String FREED = "freed";
    static final String ALIVE = "alive";

    public String text() {
        return asksFreed
                ? "After line " + line + ", is the " + type + " that " + name + " referred to freed?"
                : "After line " + line + ", what is the reference count of the " + type + " that " + name + " refers to?";
    }

    String explanation() {
        if (!asksFreed) {
            return "The engine counts " + expected + " reference" + (expected.equals("1") ? "" : "s")
                    + " to that " + type + " after line " + line + ".";
        }
        return expected.equals(FREED)
                ? "The " + type + " was freed on line " + line + ": its last reference went away."
                : "The " + type + " is still alive after line " + line + ": something else still refers to it.";
    }

    /** At most one question per module-level line: a freed-or-alive question first, else a changed count. */
    static List<SprintQuestion> from(List<LineFacts> lines) {
        List<SprintQuestion> questions = new ArrayList<>();
        Map<String, NamedObject> before = Map.of();
        for (LineFacts facts : lines) {
            Map<String, NamedObject> previous = before;
            released(previous, facts).or(() -> counted(previous, facts)).ifPresent(questions::add);
            before = facts.names();
        }
        return questions;
    }

    private static Optional<SprintQuestion> released(Map<String, NamedObject> before, LineFacts facts) {
        return before.entrySet().stream()
                .filter(e -> e.getValue().refcount() != null)
                .filter(e -> !facts.names().containsKey(e.getKey()) || facts.names().get(e.getKey()).id() != e.getValue().id())
                .findFirst()
                .map(e -> new SprintQuestion(facts.step(), facts.line(), true, e.getKey(), e.getValue().type(),
                        facts.freed().contains(e.getValue().id()) ? FREED : ALIVE));
    }

    private static Optional<SprintQuestion> counted(Map<String, NamedObject> before, LineFacts facts) {
        return facts.names().entrySet().stream()
                .filter(e -> e.getValue().refcount() != null && !e.getValue().type().equals("function")
                        && !e.getValue().type().equals("module"))
                .filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .findFirst()
                .map(e -> new SprintQuestion(facts.step(), facts.line(), false, e.getKey(), e.getValue().type(),
                        String.valueOf(e.getValue().refcount())));
    }
}
