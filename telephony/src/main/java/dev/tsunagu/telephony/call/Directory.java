package dev.tsunagu.telephony.call;

import java.util.Optional;

/** Who owns an extension number: the server answers from its accounts. */
@FunctionalInterface
public interface Directory {

    /** The display name of the extension's owner, if the extension exists. */
    Optional<String> nameOf(String extension);
}
