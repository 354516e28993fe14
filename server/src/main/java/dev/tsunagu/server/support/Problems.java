package dev.tsunagu.server.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects field problems while a request is checked, so the user sees all of them at once. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public Problems add(String field, FieldProblem.Code code) {
        found.add(FieldProblem.of(field, code));
        return this;
    }

    public boolean has(String field) {
        return found.stream().anyMatch(p -> field.equals(p.field()));
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    public static void check(Consumer<Problems> checks) {
        Problems problems = new Problems();
        checks.accept(problems);
        problems.throwIfAny();
    }
}
