package com.seatbooking.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.seatbooking.domain.booking.Booking;
import com.seatbooking.domain.seat.SeatAllocation;
import com.seatbooking.domain.show.Show;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The hexagon, as executable rules over the production classes of every module: the domain in the
 * middle, the application around it with its ports, adapters outside that only meet through ports,
 * and one composition root that wires them.
 */
class ArchitectureTest {

    // Plain JUnit tests rather than ArchUnit's own engine: under Quarkus's JUnit integration that
    // engine discovers no rules and silently runs nothing.
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(new ProductionCode())
            .importPackages("com.seatbooking");

    /** Leaves out test classes, including the test-jar of in-memory adapters. */
    static final class ProductionCode implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }

    private static final ArchRule theHexagon = onionArchitecture()
            .domainModels("com.seatbooking.domain..")
            .applicationServices("com.seatbooking.application..")
            .adapter("rest", "com.seatbooking.adapter.rest..")
            .adapter("postgres", "com.seatbooking.adapter.postgres..")
            .adapter("scheduler", "com.seatbooking.adapter.scheduler..")
            .adapter("metrics", "com.seatbooking.adapter.metrics..")
            .adapter("security", "com.seatbooking.adapter.security..")
            .withOptionalLayers(true)
            // the composition root stands outside the rings and may see everything
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.seatbooking.bootstrap.."),
                    com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
            .because("dependencies point inwards: adapters -> application -> domain");

    private static final ArchRule domainIsPlainJava = classes().that().resideInAPackage("com.seatbooking.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.seatbooking.domain..", "java..")
            .because("the domain is plain Java with no dependencies");

    private static final ArchRule applicationIsFrameworkFree = classes().that().resideInAPackage("com.seatbooking.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.seatbooking.application..", "com.seatbooking.domain..", "java..")
            .because("use cases and services know no framework: no jakarta, io.quarkus, org.hibernate or com.fasterxml");

    private static final ArchRule adaptersAreIsolated = slices().matching("com.seatbooking.adapter.(*)..")
            .should().notDependOnEachOther()
            .because("adapters only meet through the application's ports");

    private static final ArchRule adaptersUsePortsNotServices = noClasses().that().resideInAPackage("com.seatbooking.adapter..")
            .should().dependOnClassesThat().resideInAPackage("com.seatbooking.application.service..")
            .because("driving adapters call use cases (ports in); only the composition root knows the services");

    private static final ArchRule drivingAdaptersDoNotReachForDrivenPorts = noClasses()
            .that().resideInAnyPackage("com.seatbooking.adapter.rest..", "com.seatbooking.adapter.scheduler..")
            .should().dependOnClassesThat().resideInAPackage("com.seatbooking.application.port.out..")
            .because("a resource or job asks a use case; it never touches repositories itself");

    private static final ArchRule persistenceStaysInThePostgresAdapter = noClasses()
            .that().resideOutsideOfPackage("com.seatbooking.adapter.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..", "org.hibernate..",
                    "org.flywaydb..", "java.sql..", "javax.sql..", "io.agroal..", "org.postgresql..")
            .because("only adapter-postgres touches JPA, Panache, Flyway or JDBC");

    private static final ArchRule transactionsStayInThePostgresAdapter = noClasses()
            .that().resideOutsideOfPackage("com.seatbooking.adapter.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.transaction..", "io.quarkus.narayana..")
            .because("the unit of work is a port: only adapter-postgres knows it is a JTA transaction");

    private static final ArchRule passwordHashingStaysInTheSecurityAdapter = noClasses()
            .that().resideOutsideOfPackage("com.seatbooking.adapter.security..")
            .should().dependOnClassesThat().resideInAnyPackage("org.wildfly.security..", "io.quarkus.elytron..")
            .because("only the security adapter knows passwords are bcrypt hashes; the core sees a PasswordHasher port");

    private static final ArchRule tokensStayInTheRestAdapter = noClasses()
            .that().resideOutsideOfPackage("com.seatbooking.adapter.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("io.smallrye.jwt..", "org.jose4j..", "org.eclipse.microprofile.jwt..",
                    "io.quarkus.security..")
            .because("tokens are how HTTP clients prove who they are: the REST adapter turns them into an Actor, the core sees only that");

    private static final ArchRule liveEventsStayInTheRestAdapter = noClasses()
            .that().resideOutsideOfPackage("com.seatbooking.adapter.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.smallrye.mutiny..", "org.jboss.resteasy..")
            .because("Server-Sent Events are how HTTP clients follow a seat map: the core sees a SeatMapListener, the "
                    + "PostgreSQL adapter a SeatMapFeed.Listener");

    private static final ArchRule rateLimitBucketsStayInThePostgresAdapter = noClasses()
            .that().resideOutsideOfPackage("com.seatbooking.adapter.postgres..")
            .should().dependOnClassesThat().resideInAnyPackage("io.github.bucket4j..")
            .because("the rate limits' buckets are kept in PostgreSQL: the core sees a RateLimitBuckets port, the REST adapter a use case");

    private static final ArchRule retriesWrapWholeTransactionsOnly = classes()
            .that().haveFullyQualifiedName("com.seatbooking.adapter.postgres.Retries")
            .should().onlyHaveDependentClassesThat().haveFullyQualifiedName("com.seatbooking.adapter.postgres.Transactions")
            .because("only Transactions knows whether work is a whole transaction, the only thing safe to run again");

    private static final ArchRule onlyTheCompositionRootBuildsServices = classes().that().resideInAPackage("com.seatbooking.application.service..")
            .and().haveSimpleNameEndingWith("Service")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("com.seatbooking.application.service..", "com.seatbooking.bootstrap..");

    private static final ArchRule useCasesAreInterfacesOfPortIn = classes().that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces().andShould().resideInAPackage("com.seatbooking.application.port.in..");

    private static final ArchRule servicesImplementUseCases = classes().that().resideInAPackage("com.seatbooking.application.service..")
            .and().haveSimpleNameEndingWith("Service")
            .should().implement(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("UseCase"))
            .andShould().haveModifier(com.tngtech.archunit.core.domain.JavaModifier.FINAL);

    private static final ArchRule implementationsOfUseCasesAreServices = classes().that()
            .implement(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("UseCase"))
            .should().haveSimpleNameEndingWith("Service").andShould().resideInAPackage("com.seatbooking.application.service..");

    private static final ArchRule repositoriesArePortsOut = classes().that().haveSimpleNameEndingWith("Repository").and().areInterfaces()
            .should().resideInAPackage("com.seatbooking.application.port.out..");

    private static final ArchRule postgresAdaptersAreNamedSo = classes().that().resideInAPackage("com.seatbooking.adapter.postgres..")
            .and().implement(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.seatbooking.application.port.out.."))
            .should().haveSimpleNameStartingWith("Postgres").andShould().notBePublic();

    private static final ArchRule entitiesAreNamedSo = classes().that().areAnnotatedWith("jakarta.persistence.Entity")
            .should().haveSimpleNameEndingWith("Entity").andShould().resideInAPackage("com.seatbooking.adapter.postgres..");

    private static final ArchRule resourcesAreNamedSo = classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().haveSimpleNameEndingWith("Resource").andShould().resideInAPackage("com.seatbooking.adapter.rest..");

    private static final ArchRule noSettersInTheDomain = methods().that().areDeclaredInClassesThat().resideInAPackage("com.seatbooking.domain..")
            .should().haveNameNotMatching("set[A-Z].*")
            .because("state changes are verbs");

    private static final ArchRule domainFieldsAreFinal = fields().that().areDeclaredInClassesThat().resideInAPackage("com.seatbooking.domain..")
            .and().areNotStatic()
            .should().beFinal()
            .because("domain objects are immutable");

    private static final ArchRule aggregatesReferenceEachOtherById = fields().that().areDeclaredInClassesThat()
            .resideInAPackage("com.seatbooking.domain..")
            .should().notHaveRawType(Show.class).andShould().notHaveRawType(Booking.class).andShould().notHaveRawType(SeatAllocation.class)
            .allowEmptyShould(true)
            .because("aggregates hold each other's ids, never each other");

    private static final ArchRule domainPackagesAreFreeOfCycles = slices().matching("com.seatbooking.domain.(*)..")
            .should().beFreeOfCycles()
            .because("shows, bookings and seats can each be understood, and changed, on their own");

    private static final ArchRule applicationPackagesAreFreeOfCycles = slices().matching("com.seatbooking.application.(*)..")
            .should().beFreeOfCycles();

    private static final ArchRule theDomainNeverReadsTheClock = noClasses().that().resideInAnyPackage("com.seatbooking.domain..", "com.seatbooking.application..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .because("time comes in as a parameter or an injected Clock");

    @Test
    void everyModuleIsAnalysed() {
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.domain.booking")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.application.service")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.adapter.postgres")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.adapter.scheduler")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.adapter.rest")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.bootstrap")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.adapter.security")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.domain.account")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.adapter.rest.events")).isTrue();
        org.assertj.core.api.Assertions.assertThat(PRODUCTION.containPackage("com.seatbooking.adapter.inmemory")).as("test code is left out").isFalse();
    }

    @Test
    void theHexagon() {
        theHexagon.check(PRODUCTION);
    }

    @Test
    void domainIsPlainJava() {
        domainIsPlainJava.check(PRODUCTION);
    }

    @Test
    void applicationIsFrameworkFree() {
        applicationIsFrameworkFree.check(PRODUCTION);
    }

    @Test
    void adaptersAreIsolated() {
        adaptersAreIsolated.check(PRODUCTION);
    }

    @Test
    void adaptersUsePortsNotServices() {
        adaptersUsePortsNotServices.check(PRODUCTION);
    }

    @Test
    void drivingAdaptersDoNotReachForDrivenPorts() {
        drivingAdaptersDoNotReachForDrivenPorts.check(PRODUCTION);
    }

    @Test
    void persistenceStaysInThePostgresAdapter() {
        persistenceStaysInThePostgresAdapter.check(PRODUCTION);
    }

    @Test
    void transactionsStayInThePostgresAdapter() {
        transactionsStayInThePostgresAdapter.check(PRODUCTION);
    }

    @Test
    void passwordHashingStaysInTheSecurityAdapter() {
        passwordHashingStaysInTheSecurityAdapter.check(PRODUCTION);
    }

    @Test
    void tokensStayInTheRestAdapter() {
        tokensStayInTheRestAdapter.check(PRODUCTION);
    }

    @Test
    void liveEventsStayInTheRestAdapter() {
        liveEventsStayInTheRestAdapter.check(PRODUCTION);
    }

    @Test
    void rateLimitBucketsStayInThePostgresAdapter() {
        rateLimitBucketsStayInThePostgresAdapter.check(PRODUCTION);
    }

    @Test
    void retriesWrapWholeTransactionsOnly() {
        retriesWrapWholeTransactionsOnly.check(PRODUCTION);
    }

    @Test
    void onlyTheCompositionRootBuildsServices() {
        onlyTheCompositionRootBuildsServices.check(PRODUCTION);
    }

    @Test
    void useCasesAreInterfacesOfPortIn() {
        useCasesAreInterfacesOfPortIn.check(PRODUCTION);
    }

    @Test
    void servicesImplementUseCases() {
        servicesImplementUseCases.check(PRODUCTION);
    }

    @Test
    void implementationsOfUseCasesAreServices() {
        implementationsOfUseCasesAreServices.check(PRODUCTION);
    }

    @Test
    void repositoriesArePortsOut() {
        repositoriesArePortsOut.check(PRODUCTION);
    }

    @Test
    void postgresAdaptersAreNamedSo() {
        postgresAdaptersAreNamedSo.check(PRODUCTION);
    }

    @Test
    void entitiesAreNamedSo() {
        entitiesAreNamedSo.check(PRODUCTION);
    }

    @Test
    void resourcesAreNamedSo() {
        resourcesAreNamedSo.check(PRODUCTION);
    }

    @Test
    void noSettersInTheDomain() {
        noSettersInTheDomain.check(PRODUCTION);
    }

    @Test
    void domainFieldsAreFinal() {
        domainFieldsAreFinal.check(PRODUCTION);
    }

    @Test
    void aggregatesReferenceEachOtherById() {
        aggregatesReferenceEachOtherById.check(PRODUCTION);
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        domainPackagesAreFreeOfCycles.check(PRODUCTION);
    }

    @Test
    void applicationPackagesAreFreeOfCycles() {
        applicationPackagesAreFreeOfCycles.check(PRODUCTION);
    }

    @Test
    void theDomainNeverReadsTheClock() {
        theDomainNeverReadsTheClock.check(PRODUCTION);
    }
}
