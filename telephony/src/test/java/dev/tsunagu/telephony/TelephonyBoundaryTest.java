package dev.tsunagu.telephony;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * DESIGN §2: call control is plain Java and sees the media engine only through its façade (the
 * engine, endpoints, bridges), never its protocol internals.
 */
@AnalyzeClasses(packages = "dev.tsunagu.telephony", importOptions = ImportOption.DoNotIncludeTests.class)
class TelephonyBoundaryTest {

    @ArchTest
    static final ArchRule noSpringAndNothingAbove = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "dev.tsunagu.server..", "dev.tsunagu.sip..");

    @ArchTest
    static final ArchRule onlyTheMediaFacade = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "dev.tsunagu.media.stun..", "dev.tsunagu.media.ice..", "dev.tsunagu.media.dtls..", "dev.tsunagu.media.srtp..",
            "dev.tsunagu.media.rtp..", "dev.tsunagu.media.rtcp..", "dev.tsunagu.media.sdp..", "dev.tsunagu.media.transport..");
}
