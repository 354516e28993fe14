package dev.tsunagu.server.support;

/**
 * One reason why an input was refused: the field it concerns (or {@code null} for the whole
 * request) and a stable code the browser translates (see docs/protocol.md, "Errors").
 */
public record FieldProblem(String field, Code code) {

    public enum Code {
        required, tooShort, tooLong, invalidFormat, duplicate, unknownValue, selfChange, lastAdmin, notFound, wrong,
        // PBX administration (docs/protocol.md, "Administration")
        outOfRange, beforeFirst, tooMany, includesExtension, parkSlot, unknownExtension, inOtherGroup,
        // Call centers
        overflowCycle, inUse
    }

    public static FieldProblem of(String field, Code code) {
        return new FieldProblem(field, code);
    }
}
