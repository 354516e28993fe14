package dev.tsunagu.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SsrcMapTest {

    @Test
    void behavesLikeAMapThroughGrowth() {
        SsrcMap<String> map = new SsrcMap<>();
        Map<Integer, String> reference = new HashMap<>();
        Random random = new Random(1);
        for (int i = 0; i < 5000; i++) {
            int ssrc = random.nextInt(300) - 150;
            String value = map.get(ssrc);
            if (value == null) {
                assertThat(reference).doesNotContainKey(ssrc);
                value = "v" + ssrc;
                map.put(ssrc, value);
                reference.put(ssrc, value);
            }
            assertThat(value).isEqualTo(reference.get(ssrc));
        }
        assertThat(map.size()).isEqualTo(reference.size());
        reference.forEach((ssrc, value) -> assertThat(map.get(ssrc)).isEqualTo(value));
        assertThat(map.get(1 << 30)).isNull();
    }

    @Test
    void zeroIsAValidSsrc() {
        SsrcMap<String> map = new SsrcMap<>();
        assertThat(map.get(0)).isNull();
        map.put(0, "zero");
        assertThat(map.get(0)).isEqualTo("zero");
    }
}
