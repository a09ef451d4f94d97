package com.cp1ki.engine.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routing and sharing invariants: each bad input names the workload (or stack) and the field. */
class RoutingTest {

    static final TypedMeans TOKENS = new TypedMeans(100, 10);
    static final Stack HAIKU = new Stack("Haiku", true, ManagedApi.simple("A", "H", 0.8, 4), CommonCosts.NONE);
    static final Stack GPT = new Stack("GPT-4o", true, ManagedApi.simple("O", "G", 2.5, 10), CommonCosts.NONE);
    static final SelfHostedGpu G5 = new SelfHostedGpu("g5", 1, 1, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 100, 0, 1, 1, 0,
            RateKind.RESERVED_1Y, null);

    static Workload chat(Route... r) {
        return new Workload("chat", 1000, TOKENS, null, 1, List.of(r));
    }

    @Test
    void sharesThatDoNotAddUpTo100PercentAreRefusedNamingTheWorkload() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> chat(new Route("Haiku", 0.8), new Route("GPT-4o", 0.1)));
        assertEquals("routing shares", e.field());
        assertEquals("the routing shares of workload 'chat' add up to 90%; they must add up to 100%", e.getMessage());
    }

    @Test
    void sharesWithinRoundingOf100PercentAreAccepted() {
        chat(new Route("Haiku", 0.3333), new Route("GPT-4o", 0.3333), new Route("L", 0.3333));
        chat(new Route("Haiku", 0.1), new Route("GPT-4o", 0.2), new Route("L", 0.7));
    }

    @Test
    void aNegativeShareIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Route("Haiku", -0.2));
        assertEquals("routing share", e.field());
        assertTrue(e.getMessage().contains("-0.2"), e.getMessage());
    }

    @Test
    void aStackRoutedTwiceIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> chat(new Route("Haiku", 0.5), new Route("Haiku", 0.5)));
        assertTrue(e.getMessage().contains("'chat' routes to stack 'Haiku' twice"), e.getMessage());
    }

    @Test
    void aRouteToAMissingStackIsRefusedNamingTheWorkload() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Project("p", Settings.DEFAULT,
                List.of(chat(new Route("Haiku", 0.8), new Route("Mistral", 0.2))), List.of(HAIKU), List.of()));
        assertEquals("workload 'chat' routing", e.field());
        assertEquals("workload 'chat' routes 20% to stack 'Mistral', which the project does not have", e.getMessage());
    }

    @Test
    void aRouteToADisabledStackIsRefusedNamingTheWorkload() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Project("p", Settings.DEFAULT,
                List.of(chat(new Route("Haiku", 1))), List.of(HAIKU.withEnabled(false)), List.of()));
        assertTrue(e.getMessage().startsWith("workload 'chat' routes 100% to stack 'Haiku', which is disabled"),
                e.getMessage());
    }

    @Test
    void aGpuKeyOnAnApiMakesNoSense() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> HAIKU.withSharing(new Sharing(AllocationKey.GPU_SECONDS, AllocationKey.REQUESTS, 1)));
        assertEquals("fleet allocation key", e.field());
        e = assertThrows(InvalidInputException.class,
                () -> HAIKU.withSharing(new Sharing(null, AllocationKey.GPU_SECONDS, 1)));
        assertEquals("overhead allocation key", e.field());
        e = assertThrows(InvalidInputException.class,
                () -> HAIKU.withSharing(new Sharing(null, AllocationKey.REQUESTS, 0.5)));
        assertEquals("peak coincidence factor", e.field());
    }

    @Test
    void keysThatDivideNothingAreRefused() {
        assertThrows(InvalidInputException.class, () -> new Sharing(AllocationKey.EVEN, AllocationKey.REQUESTS, 1));
        assertThrows(InvalidInputException.class, () -> new Sharing(null, AllocationKey.TOKENS, 1));
        assertThrows(InvalidInputException.class, () -> new Sharing(AllocationKey.TOKENS, AllocationKey.REQUESTS, 0));
        Stack gpu = new Stack("L", true, G5, CommonCosts.NONE);
        assertThrows(InvalidInputException.class, () -> gpu.withSharing(Sharing.API_DEFAULT));
    }

    @Test
    void eachServingKindHasItsDefaultSharingAndASwitchOfKindResetsKeysThatNoLongerFit() {
        assertEquals(Sharing.API_DEFAULT, HAIKU.sharing());
        Stack gpu = new Stack("L", true, G5, CommonCosts.NONE);
        assertEquals(Sharing.GPU_DEFAULT, gpu.sharing());
        assertEquals(Sharing.API_DEFAULT, gpu.withServing(HAIKU.serving()).sharing());
        Stack even = HAIKU.withSharing(new Sharing(null, AllocationKey.EVEN, 1));
        assertEquals(AllocationKey.EVEN, even.withServing(G5).sharing().overheadKey());
        assertFalse(Sharing.API_DEFAULT.fits(G5));
    }

    @Test
    void movingAShareTakesItFromOneStackAndGivesItToAnother() {
        Workload w = chat(new Route("Haiku", 0.8), new Route("GPT-4o", 0.2));
        assertEquals(List.of(new Route("Haiku", 0.6000000000000001), new Route("GPT-4o", 0.4)),
                w.withRouteMoved("Haiku", "GPT-4o", 0.2).routing());
        assertEquals(List.of(new Route("GPT-4o", 1.0)), w.withRouteMoved("Haiku", "GPT-4o", 0.8).routing());
        assertEquals(List.of(new Route("Haiku", 0.8), new Route("GPT-4o", 0.1), new Route("L", 0.1)),
                w.withRouteMoved("GPT-4o", "L", 0.1).routing().stream()
                        .map(r -> new Route(r.stack(), Math.round(r.share() * 1e9) / 1e9)).toList());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> w.withRouteMoved("GPT-4o", "Haiku", 0.5));
        assertEquals("workload 'chat' sends only 20% to stack 'GPT-4o', so 50% cannot move", e.getMessage());
        assertThrows(InvalidInputException.class, () -> w.withRouteMoved("L", "Haiku", 0.1));
        assertThrows(InvalidInputException.class, () -> w.withRouteMoved("Haiku", "Haiku", 0.1));
    }

    @Test
    void aStackRenameFollowsIntoRouting() {
        Workload w = chat(new Route("Haiku", 0.8), new Route("GPT-4o", 0.2));
        assertEquals(List.of(new Route("Claude", 0.8), new Route("GPT-4o", 0.2)),
                w.withRoutedStackRenamed("Haiku", "Claude").routing());
        assertEquals(1000, w.withVolume(1000).inferencesPerDay());
        assertEquals(w.routing(), w.withVolume(5).withName("x").withTokens(TOKENS).routing());
    }

    @Test
    void typingAShareKeepsTheTotalByTheLastOtherRoute() {
        Workload w = chat(new Route("Haiku", 0.5), new Route("GPT-4o", 0.3), new Route("L", 0.2));
        assertEquals(List.of(new Route("Haiku", 0.6), new Route("GPT-4o", 0.3), new Route("L", 0.1)),
                round(w.withShare("Haiku", 0.6)));
        assertEquals(List.of(new Route("Haiku", 0.5), new Route("GPT-4o", 0.45), new Route("L", 0.05)),
                round(w.withShare("L", 0.05).withShare("GPT-4o", 0.45).withShare("L", 0.05)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> w.withShare("Haiku", 0.8));
        assertEquals("workload 'chat' can send at most 70% to stack 'Haiku' (the other routes take the rest)", e.getMessage());
        assertThrows(InvalidInputException.class, () -> chat(new Route("Haiku", 1)).withShare("Haiku", 0.5));
        assertThrows(InvalidInputException.class, () -> w.withShare("Haiku", -0.1));
    }

    @Test
    void addingRemovingAndRestackingRoutesKeepThe100Percent() {
        Workload none = new Workload("chat", 1000, TOKENS, null, 1);
        Workload one = none.withRouteAdded("Haiku");
        assertEquals(List.of(new Route("Haiku", 1)), one.routing());
        Workload two = one.withRouteAdded("GPT-4o");
        assertEquals(List.of(new Route("GPT-4o", 0), new Route("Haiku", 1)), two.routing());
        assertEquals(List.of(new Route("Haiku", 1)), two.withShare("GPT-4o", 0.25).withRouteRemoved("GPT-4o").routing());
        assertEquals(List.of(new Route("GPT-4o", 1)), two.withRouteRemoved("Haiku").routing());
        assertEquals(List.of(), one.withRouteRemoved("Haiku").routing());
        assertEquals(List.of(new Route("L", 0), new Route("Haiku", 1)), two.withRouteRestacked("GPT-4o", "L").routing());
        assertThrows(InvalidInputException.class, () -> two.withRouteAdded("Haiku"));
        assertThrows(InvalidInputException.class, () -> two.withRouteRemoved("L"));
    }

    static List<Route> round(Workload w) {
        return w.routing().stream().map(r -> new Route(r.stack(), Math.round(r.share() * 1e9) / 1e9)).toList();
    }
}
