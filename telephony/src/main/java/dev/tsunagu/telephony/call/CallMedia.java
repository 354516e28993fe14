package dev.tsunagu.telephony.call;

import dev.tsunagu.media.MediaBridge;
import dev.tsunagu.media.MediaEngine;
import dev.tsunagu.media.audio.AudioSource;
import dev.tsunagu.media.audio.Tones;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places every party's leg in the bridge its {@link Hears} asks for: the call decides who hears
 * what, this class makes it so with as few bridge moves as possible. Two talkers share a
 * forwarding bridge; a third switches the talk to a mixing bridge (and back when one leaves).
 * Bridges nobody is in are closed.
 */
final class CallMedia {

    private static final int RATE = 48_000;

    private final MediaEngine engine;
    private final Map<Hears, MediaBridge> shared = new EnumMap<>(Hears.class);
    private final Map<Party, MediaBridge> prompts = new HashMap<>();
    private final Map<Party, AudioSource> promptSources = new HashMap<>();
    private MediaBridge talk;
    private boolean talkMixing;

    CallMedia(MediaEngine engine) {
        this.engine = engine;
    }

    void layout(Collection<Party> parties) {
        List<Party> talkers = parties.stream().filter(p -> p.hears == Hears.TALK).toList();
        boolean mixing = talkers.size() >= 3;
        if (talkers.size() >= 2 && (talk == null || talkMixing != mixing)) {
            MediaBridge previous = talk;
            talk = mixing ? engine.createMixingBridge() : engine.createTwoPartyBridge();
            talkMixing = mixing;
            if (previous != null) {
                // Adding a leg to the new bridge takes it out of the old one; the old one is then empty.
                talkers.forEach(p -> place(p, talk));
                previous.close();
            }
        }
        for (Party party : parties) {
            place(party, target(party, talkers.size()));
            if (party.bridge == talk && talk != null) {
                talk.mute(party.line.leg(), party.muted);
            }
        }
        closeUnused(parties);
    }

    /** Takes a departing party's leg out of the call's bridges. */
    void detach(Party party) {
        place(party, null);
    }

    /** The party's line got a new leg (the tab reconnected): the old leg leaves, the new one goes where it belongs. */
    void replaceLeg(Party party, PhoneLine newLine, Collection<Party> parties) {
        place(party, null);
        party.line = newLine;
        layout(parties);
    }

    void close() {
        if (talk != null) {
            talk.close();
            talk = null;
        }
        shared.values().forEach(MediaBridge::close);
        shared.clear();
        prompts.values().forEach(MediaBridge::close);
        prompts.clear();
        promptSources.clear();
    }

    private MediaBridge target(Party party, int talkers) {
        return switch (party.hears) {
            case NOTHING -> null;
            case TALK -> talkers >= 2 ? talk : null;
            case MUSIC -> shared.computeIfAbsent(Hears.MUSIC, h -> engine.createHoldingBridge(Tones.musicOnHold(RATE)));
            case RINGBACK -> shared.computeIfAbsent(Hears.RINGBACK, h -> engine.createHoldingBridge(Tones.ringback(RATE)));
            case BUSY -> shared.computeIfAbsent(Hears.BUSY, h -> engine.createHoldingBridge(Tones.busy(RATE)));
            case BEEP -> shared.computeIfAbsent(Hears.BEEP, h -> engine.createHoldingBridge(Tones.beep(RATE)));
            case PROMPT -> promptBridge(party);
        };
    }

    private MediaBridge promptBridge(Party party) {
        if (promptSources.get(party) != party.prompt) {
            MediaBridge old = prompts.remove(party);
            if (old != null) {
                if (party.bridge == old) {
                    party.bridge = null;
                }
                old.close();
            }
            promptSources.put(party, party.prompt);
            prompts.put(party, engine.createHoldingBridge(party.prompt));
        }
        return prompts.get(party);
    }

    private void place(Party party, MediaBridge target) {
        if (party.bridge == target) {
            return;
        }
        if (target == null) {
            party.bridge.remove(party.line.leg());
        } else {
            target.add(party.line.leg());
        }
        party.bridge = target;
    }

    private void closeUnused(Collection<Party> parties) {
        shared.entrySet().removeIf(entry -> {
            boolean used = parties.stream().anyMatch(p -> p.bridge == entry.getValue());
            if (!used) {
                entry.getValue().close();
            }
            return !used;
        });
        prompts.entrySet().removeIf(entry -> {
            boolean used = entry.getKey().bridge == entry.getValue() && parties.contains(entry.getKey());
            if (!used) {
                entry.getValue().close();
                promptSources.remove(entry.getKey());
            }
            return !used;
        });
        if (talk != null && parties.stream().noneMatch(p -> p.bridge == talk)) {
            talk.close();
            talk = null;
        }
    }
}
