package dev.tsunagu.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EnvelopeTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LONGEST = "x".repeat(Envelope.MAX_NAME_LENGTH);
    static final String TOO_LONG = "x".repeat(Envelope.MAX_NAME_LENGTH + 1);

    static JsonNode frame(String json) {
        return JSON.readTree(json);
    }

    static RealtimeError refusal(String json) {
        try {
            Envelope.parse(frame(json));
        } catch (RealtimeException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void parsesAWellFormedFrame() {
        Envelope envelope = Envelope.parse(frame("""
                {"v":1,"type":"agent.status.set","id":"c-17","payload":{"status":"BREAK"}}"""));

        assertThat(envelope.v()).isEqualTo(1);
        assertThat(envelope.type()).isEqualTo("agent.status.set");
        assertThat(envelope.id()).isEqualTo("c-17");
        assertThat(envelope.payload().get("status").asString()).isEqualTo("BREAK");
    }

    @Test
    void idAndPayloadAreOptional() {
        Envelope envelope = Envelope.parse(frame("{\"v\":1,\"type\":\"ping\"}"));

        assertThat(envelope.id()).isNull();
        assertThat(envelope.payload().isEmpty()).isTrue();
    }

    @Test
    void aNullPayloadIsAnEmptyOne() {
        assertThat(Envelope.parse(frame("{\"v\":1,\"type\":\"ping\",\"payload\":null}")).payload().isEmpty()).isTrue();
    }

    @Test
    void namesOfTheLongestAllowedLengthAreAccepted() {
        Envelope envelope = Envelope.parse(frame("{\"v\":1,\"type\":\"" + LONGEST + "\",\"id\":\"" + LONGEST + "\"}"));

        assertThat(envelope.type()).isEqualTo(LONGEST);
        assertThat(envelope.id()).isEqualTo(LONGEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"ping\"", "42", "null"})
    void aFrameMustBeAnObject(String json) {
        assertThat(refusal(json)).isEqualTo(RealtimeError.malformed);
    }

    @Test
    void aMissingFrameIsMalformed() {
        assertThatThrownBy(() -> Envelope.parse(null))
                .isInstanceOfSatisfying(RealtimeException.class, e -> assertThat(e.reason()).isEqualTo(RealtimeError.malformed));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"ping\"}",
        "{\"v\":\"1\",\"type\":\"ping\"}",
        "{\"v\":1.5,\"type\":\"ping\"}",
        "{\"v\":null,\"type\":\"ping\"}",
        "{\"v\":true,\"type\":\"ping\"}"
    })
    void theVersionMustBeAnIntegralNumber(String json) {
        assertThat(refusal(json)).isEqualTo(RealtimeError.malformed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"v\":2,\"type\":\"ping\"}", "{\"v\":0,\"type\":\"ping\"}", "{\"v\":2}"})
    void anotherVersionIsUnsupported(String json) {
        assertThat(refusal(json)).isEqualTo(RealtimeError.unsupportedVersion);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"v\":1}",
        "{\"v\":1,\"type\":null}",
        "{\"v\":1,\"type\":\"\"}",
        "{\"v\":1,\"type\":7}",
        "{\"v\":1,\"type\":{\"name\":\"ping\"}}"
    })
    void theTypeMustBeANonEmptyString(String json) {
        assertThat(refusal(json)).isEqualTo(RealtimeError.malformed);
    }

    @Test
    void anOverLongTypeIsMalformed() {
        assertThat(refusal("{\"v\":1,\"type\":\"" + TOO_LONG + "\"}")).isEqualTo(RealtimeError.malformed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"v\":1,\"type\":\"ping\",\"id\":\"\"}",
        "{\"v\":1,\"type\":\"ping\",\"id\":17}",
        "{\"v\":1,\"type\":\"ping\",\"id\":[\"a\"]}"
    })
    void anIdMustBeANonEmptyString(String json) {
        assertThat(refusal(json)).isEqualTo(RealtimeError.malformed);
    }

    @Test
    void anOverLongIdIsMalformed() {
        assertThat(refusal("{\"v\":1,\"type\":\"ping\",\"id\":\"" + TOO_LONG + "\"}")).isEqualTo(RealtimeError.malformed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"BREAK\"", "3", "true"})
    void aPayloadMustBeAnObject(String payload) {
        assertThat(refusal("{\"v\":1,\"type\":\"agent.status.set\",\"payload\":" + payload + "}")).isEqualTo(RealtimeError.malformed);
    }

    @Test
    void idOfReadsTheIdOfAFrameThatFailedToParse() {
        assertThat(Envelope.idOf(frame("{\"v\":9,\"id\":\"c-1\"}"))).isEqualTo("c-1");
        assertThat(Envelope.idOf(frame("{\"v\":1,\"type\":\"x\",\"id\":\"c-2\",\"payload\":[]}"))).isEqualTo("c-2");
    }

    @Test
    void idOfIgnoresIdsThatCouldNotBeEchoed() {
        assertThat(Envelope.idOf(null)).isNull();
        assertThat(Envelope.idOf(frame("[1,2]"))).isNull();
        assertThat(Envelope.idOf(frame("{\"v\":1}"))).isNull();
        assertThat(Envelope.idOf(frame("{\"id\":17}"))).isNull();
        assertThat(Envelope.idOf(frame("{\"id\":\"" + TOO_LONG + "\"}"))).isNull();
        assertThat(Envelope.idOf(frame("{\"id\":\"" + LONGEST + "\"}"))).isEqualTo(LONGEST);
    }
}
