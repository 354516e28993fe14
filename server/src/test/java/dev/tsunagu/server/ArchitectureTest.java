package dev.tsunagu.server;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries of DESIGN.md, checked on the compiled production classes. */
@AnalyzeClasses(packages = "dev.tsunagu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String SERVER = "dev.tsunagu.server..";

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("dev.tsunagu.server.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule supportDependsOnNoFeature = noClasses().that().resideInAPackage("dev.tsunagu.server.support..")
            .should().dependOnClassesThat(resideInAPackage(SERVER).and(resideOutsideOfPackages("dev.tsunagu.server.support..")));

    @ArchTest
    static final ArchRule tenantDependsOnSupportOnly = noClasses().that().resideInAPackage("dev.tsunagu.server.tenant..")
            .should().dependOnClassesThat(resideInAPackage(SERVER)
                    .and(resideOutsideOfPackages("dev.tsunagu.server.tenant..", "dev.tsunagu.server.support..")));

    /** The PBX reads its settings through telephony's PbxSettings; identity asks through ReservedNumbers and events. */
    @ArchTest
    static final ArchRule pbxIsReachedThroughInterfacesOnly = noClasses()
            .that().resideInAPackage(SERVER).and().resideOutsideOfPackage("dev.tsunagu.server.pbx..")
            .should().dependOnClassesThat().resideInAPackage("dev.tsunagu.server.pbx..");

    /**
     * The histories are a read model: other modules reach them only to publish the events and to
     * implement the small interfaces they declare (pbx: business labels; the call centers later).
     */
    @ArchTest
    static final ArchRule historyIsReachedThroughEventsAndInterfacesOnly = noClasses()
            .that().resideInAPackage(SERVER)
            .and().resideOutsideOfPackages("dev.tsunagu.server.history..", "dev.tsunagu.server.pbx..", "dev.tsunagu.server.callcenter..")
            .should().dependOnClassesThat().resideInAPackage("dev.tsunagu.server.history..");

    /**
     * Video calls hang off phone calls from the outside: the video module knows the softphone only
     * through its public LiveCalls, PbxCallEvent and TimelineContributor, and nothing depends on it.
     */
    @ArchTest
    static final ArchRule videoIsALeaf = noClasses()
            .that().resideInAPackage(SERVER).and().resideOutsideOfPackage("dev.tsunagu.server.video..")
            .should().dependOnClassesThat().resideInAPackage("dev.tsunagu.server.video..");

    /**
     * Call centers reach the PBX through telephony (the Pbx, PbxSettings) and agents' statuses
     * through the agent module's AgentRouting; they never use the softphone's or the PBX admin's classes.
     */
    @ArchTest
    static final ArchRule callCentersKnowNeitherSoftphoneNorPbxAdmin = noClasses()
            .that().resideInAPackage("dev.tsunagu.server.callcenter..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tsunagu.server.phone..", "dev.tsunagu.server.pbx..",
                    "dev.tsunagu.server.devphone..");

    /** The agent module knows routing only as its AgentRouting interface. */
    @ArchTest
    static final ArchRule agentStatusesDoNotKnowCallCenters = noClasses().that().resideInAPackage("dev.tsunagu.server.agent..")
            .should().dependOnClassesThat().resideInAPackage("dev.tsunagu.server.callcenter..");

    /** The dev phone plays an outside phone: it reaches the PBX as a line, never through accounts or the softphone. */
    @ArchTest
    static final ArchRule devPhoneKnowsNoAccounts = noClasses().that().resideInAPackage("dev.tsunagu.server.devphone..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tsunagu.server.identity..", "dev.tsunagu.server.phone..",
                    "dev.tsunagu.server.pbx..", "dev.tsunagu.server.tenant..");

    @ArchTest
    static final ArchRule nothingDependsOnTheDevPhone = noClasses()
            .that().resideInAPackage(SERVER).and().resideOutsideOfPackage("dev.tsunagu.server.devphone..")
            .should().dependOnClassesThat().resideInAPackage("dev.tsunagu.server.devphone..");

    // The media, telephony and SIP modules are plain Java, so they can be tested and benchmarked alone.

    /** SIP stays at the edge: only the sipedge package of the server knows the SIP module. */
    @ArchTest
    static final ArchRule onlySipEdgeUsesSip = noClasses()
            .that().resideInAPackage(SERVER).and().resideOutsideOfPackage("dev.tsunagu.server.sipedge..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tsunagu.sip..", "javax.sip..", "gov.nist..");

    /** The SIP module reaches the media engine through its façade, the RTP leg and SDP types only. */
    @ArchTest
    static final ArchRule sipUsesTheMediaFacade = noClasses().that().resideInAPackage("dev.tsunagu.sip..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tsunagu.media.webrtc..", "dev.tsunagu.media.dtls..",
                    "dev.tsunagu.media.srtp..", "dev.tsunagu.media.ice..", "dev.tsunagu.media.stun..", "dev.tsunagu.media.transport..");

    @ArchTest
    static final ArchRule mediaIsPlainJava = noClasses().that().resideInAPackage("dev.tsunagu.media..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", SERVER, "dev.tsunagu.telephony..", "dev.tsunagu.sip..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule telephonyIsPlainJava = noClasses().that().resideInAPackage("dev.tsunagu.telephony..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", SERVER, "dev.tsunagu.sip..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule sipIsPlainJava = noClasses().that().resideInAPackage("dev.tsunagu.sip..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", SERVER)
            .allowEmptyShould(true);
}
