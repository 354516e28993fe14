package dev.tsunagu.server.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VideoLinkTokenTest {

    @Test
    void tokensCarry128RandomBitsInUrlSafeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = VideoLinkToken.create();
            assertThat(token).hasSize(22).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(token)).hasSize(VideoLinkToken.BYTES);
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void onlyTheShapeOfOurTokensIsLookedUpAndOnlyTheirHashIsKept() {
        String token = VideoLinkToken.create();
        assertThat(VideoLinkToken.wellFormed(token)).isTrue();
        assertThat(VideoLinkToken.wellFormed(null)).isFalse();
        assertThat(VideoLinkToken.wellFormed("short")).isFalse();
        assertThat(VideoLinkToken.wellFormed(token + "A")).isFalse();
        assertThat(VideoLinkToken.wellFormed("../../../../etc/passwd/")).isFalse();
        assertThat(VideoLinkToken.hash(token)).hasSize(64).doesNotContain(token).isEqualTo(VideoLinkToken.hash(token));
    }

    @Test
    void aVideoCallMovesOnlyForward() {
        assertThat(VideoCallState.WAITING.canMoveTo(VideoCallState.ACTIVE)).isTrue();
        assertThat(VideoCallState.WAITING.canMoveTo(VideoCallState.ENDED)).isTrue();
        assertThat(VideoCallState.ACTIVE.canMoveTo(VideoCallState.ENDED)).isTrue();
        assertThat(VideoCallState.ACTIVE.canMoveTo(VideoCallState.WAITING)).isFalse();
        assertThat(VideoCallState.ENDED.canMoveTo(VideoCallState.ACTIVE)).isFalse();
        assertThatThrownBy(() -> new VideoProperties(java.time.Duration.ZERO, "", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VideoProperties(java.time.Duration.ofHours(2), "ftp://x/path", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
