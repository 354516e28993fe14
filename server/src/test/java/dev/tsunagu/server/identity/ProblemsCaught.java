package dev.tsunagu.server.identity;

import dev.tsunagu.server.support.FieldProblem;
import dev.tsunagu.server.support.InvalidInputException;
import dev.tsunagu.server.support.Problems;
import java.util.List;
import java.util.function.Consumer;

/** The problems a check reports, or none when it passes. */
final class ProblemsCaught {

    private ProblemsCaught() {
    }

    static List<FieldProblem> by(Consumer<Problems> check) {
        try {
            Problems.check(check);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }
}
