package dev.tsunagu.media;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** DESIGN §2 and §4: the engine is plain Java at the bottom of the stack, one package per protocol, no cycles between them. */
@AnalyzeClasses(packages = "dev.tsunagu.media", importOptions = ImportOption.DoNotIncludeTests.class)
class MediaBoundaryTest {

    @ArchTest
    static final ArchRule nothingAbove = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "dev.tsunagu.server..", "dev.tsunagu.telephony..", "dev.tsunagu.sip..");

    @ArchTest
    static final ArchRule protocolPackagesDoNotUseTheEngine = noClasses()
            .that().resideInAnyPackage("..media.stun..", "..media.rtp..", "..media.rtcp..", "..media.srtp..", "..media.sdp..",
                    "..media.codec..", "..media.audio..")
            .should().dependOnClassesThat().resideInAnyPackage("..media.webrtc..", "..media.bridge..", "..media.transport..");
}
