package org.serviceplan.journey.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.Element;
import org.serviceplan.journey.internal.ExpectationGap;
import org.serviceplan.journey.internal.Idea;
import org.serviceplan.journey.internal.IdeaKind;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.JourneyStatus;
import org.serviceplan.journey.internal.Pain;
import org.serviceplan.journey.internal.PainSource;
import org.serviceplan.journey.internal.PainStatus;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.Stage;
import org.serviceplan.journey.internal.Touchpoint;
import org.serviceplan.journey.internal.Zone;

/** The records the journey API answers with: a journey reads as its whole tree, in map order. */
final class JourneyJsons {

	private JourneyJsons() {
	}

	@Schema(name = "JourneySummary", description = "A journey in the list, with its size")
	record JourneySummaryJson(UUID id, String title, String segment, int expectedDurationDays, JourneyStatus status,
			UUID toBeOf, int stages, int touchpoints, int openPains, long version) {

		static JourneySummaryJson of(Journey journey) {
			return new JourneySummaryJson(journey.id(), journey.title(), journey.segment(),
					journey.expectedDuration().days(), journey.status(), journey.toBeOf().orElse(null),
					journey.stages().size(), journey.touchpoints().size(),
					(int) journey.pains().stream().filter(p -> p.status() == PainStatus.OPEN).count(), journey.version());
		}
	}

	@Schema(name = "Journey", description = "A journey with its stages, zones, elements and touchpoints in order")
	record JourneyJson(UUID id, @Schema(example = "Визит пациента") String title, String description, String segment,
			@Schema(description = "From 7 (a week) to 730 (two years)", example = "14") int expectedDurationDays,
			JourneyStatus status, @Schema(description = "The as-is journey this one is the to-be version of") UUID toBeOf,
			long version, List<StageJson> stages) {

		static JourneyJson of(Journey journey) {
			return new JourneyJson(journey.id(), journey.title(), journey.description(), journey.segment(),
					journey.expectedDuration().days(), journey.status(), journey.toBeOf().orElse(null),
					journey.version(), journey.stages().stream().map(s -> StageJson.of(journey, s)).toList());
		}
	}

	@Schema(name = "JourneyStage", description = "A stage: its own touchpoints, then its zones")
	record StageJson(UUID id, @Schema(example = "Во время визита") String name, int position, long version,
			List<TouchpointJson> touchpoints, List<ZoneJson> zones) {

		static StageJson of(Journey journey, Stage stage) {
			return new StageJson(stage.id(), stage.name(), stage.position(), stage.version(),
					cardsIn(journey, Parent.stage(stage.id())),
					journey.zonesOf(stage.id()).stream().map(z -> ZoneJson.of(journey, z)).toList());
		}
	}

	@Schema(name = "JourneyZone", description = "A zone of a stage: its own touchpoints, then its elements")
	record ZoneJson(UUID id, UUID stageId, @Schema(example = "Ресепшн") String name, int position, long version,
			List<TouchpointJson> touchpoints, List<ElementJson> elements) {

		static ZoneJson of(Journey journey, Zone zone) {
			return new ZoneJson(zone.id(), zone.stageId(), zone.name(), zone.position(), zone.version(),
					cardsIn(journey, Parent.zone(zone.id())),
					journey.elementsOf(zone.id()).stream().map(e -> ElementJson.of(journey, e)).toList());
		}
	}

	@Schema(name = "JourneyElement", description = "An element of a zone with its touchpoints")
	record ElementJson(UUID id, UUID zoneId, @Schema(example = "Стойка") String name, int position, long version,
			List<TouchpointJson> touchpoints) {

		static ElementJson of(Journey journey, Element element) {
			return new ElementJson(element.id(), element.zoneId(), element.name(), element.position(),
					element.version(), cardsIn(journey, Parent.element(element.id())));
		}
	}

	@Schema(name = "Touchpoint", description = "A touchpoint with its pains and ideas; exactly one of stageId, zoneId, elementId is set")
	record TouchpointJson(UUID id, UUID stageId, UUID zoneId, UUID elementId,
			@Schema(example = "Приветствие") String name, String description, Channel channel, UUID departmentId,
			UUID responsibleId, @Schema(example = "handshake") String icon,
			@Schema(minimum = "1", maximum = "5") Integer expectation,
			@Schema(minimum = "1", maximum = "5") Integer quality,
			@Schema(description = "Quality minus expectation once both are known") GapJson expectationGap,
			String tangibleEvidence, String notes, int position, long version, List<PainJson> pains,
			List<IdeaJson> ideas) {

		static TouchpointJson of(Journey journey, Touchpoint t) {
			return new TouchpointJson(t.id(), t.stageId(), t.zoneId(), t.elementId(), t.name(), t.description(),
					t.channel(), t.departmentId(), t.responsibleId(), t.icon(), t.expectation(), t.quality(),
					t.expectationGap().map(GapJson::of).orElse(null), t.tangibleEvidence(), t.notes(), t.position(),
					t.version(), journey.painsOf(t.id()).stream().map(PainJson::of).toList(),
					journey.ideasOf(t.id()).stream().map(IdeaJson::of).toList());
		}
	}

	@Schema(name = "ExpectationGap", description = "Less than expected is BAD, as expected GOOD, more EXCELLENT")
	record GapJson(@Schema(example = "-2") int value, ExpectationGap.Verdict verdict) {

		static GapJson of(ExpectationGap gap) {
			return new GapJson(gap.value(), gap.verdict());
		}
	}

	@Schema(name = "Pain", description = "A pain or barrier at a touchpoint")
	record PainJson(UUID id, UUID touchpointId, @Schema(example = "Долго ждать у стойки") String description,
			@Schema(minimum = "1", maximum = "5") int severity, @Schema(minimum = "1", maximum = "5") int frequency,
			@Schema(description = "severity × frequency, 1–25") int weight, PainSource source, PainStatus status,
			long version) {

		static PainJson of(Pain pain) {
			return new PainJson(pain.id(), pain.touchpointId(), pain.description(), pain.severity(), pain.frequency(),
					pain.weight(), pain.source(), pain.status(), pain.version());
		}
	}

	@Schema(name = "JourneyIdea", description = "An idea under a touchpoint: what is wrong now, or the ideal future")
	record IdeaJson(UUID id, UUID touchpointId, IdeaKind kind, String text, UUID authorId, long version) {

		static IdeaJson of(Idea idea) {
			return new IdeaJson(idea.id(), idea.touchpointId(), idea.kind(), idea.text(), idea.authorId(),
					idea.version());
		}
	}

	private static List<TouchpointJson> cardsIn(Journey journey, Parent parent) {
		return journey.touchpointsIn(parent).stream().map(t -> TouchpointJson.of(journey, t)).toList();
	}
}
