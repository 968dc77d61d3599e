package org.serviceplan.journey.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.serviceplan.journey.BarrierMatrix;
import org.serviceplan.journey.ElementView;
import org.serviceplan.journey.Idef0Function;
import org.serviceplan.journey.MapView;
import org.serviceplan.journey.PainFilter;
import org.serviceplan.journey.PainPoint;
import org.serviceplan.journey.StageView;
import org.serviceplan.journey.TouchpointCard;
import org.serviceplan.journey.ZoneView;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journey maps of the current workspace. Every change goes through the journey aggregate in one transaction,
 * so a move renumbers both parents or nothing; people and departments named on a touchpoint must belong to
 * the workspace.
 */
@Service
@Transactional
public class Journeys {

	private final JourneyRepository journeys;
	private final Workspaces workspaces;
	private final JsonMapper json;

	Journeys(JourneyRepository journeys, Workspaces workspaces, JsonMapper json) {
		this.journeys = journeys;
		this.workspaces = workspaces;
		this.json = json;
	}

	@Transactional(readOnly = true)
	public List<Journey> all() {
		return journeys.findAllByOrderByTitleAsc();
	}

	@Transactional(readOnly = true)
	public Journey journey(UUID id) {
		return journeys.findById(id).orElseThrow(() -> new RecordNotFound("journey", id));
	}

	public Journey create(String title, String description, String segment, ExpectedDuration duration) {
		return journeys.save(new Journey(title, description, segment, duration));
	}

	public Journey describe(UUID journeyId, String title, String description, String segment,
			ExpectedDuration duration, Long expectedVersion) {
		Journey journey = journey(journeyId);
		journey.describe(title, description, segment, duration, expectedVersion);
		return saved(journey);
	}

	public void remove(UUID journeyId) {
		journeys.delete(journey(journeyId));
	}

	/** The to-be version of an as-is journey: a deep copy linked back to it. */
	public Journey duplicateAsToBe(UUID journeyId, String title) {
		Journey asIs = journey(journeyId);
		return journeys.save(asIs.copyAsToBe(title == null || title.isBlank() ? asIs.title() + " (to-be)" : title));
	}

	public Stage addStage(UUID journeyId, String name) {
		Journey journey = lockedForChange(journeyId);
		Stage stage = journey.addStage(name);
		saved(journey);
		return stage;
	}

	public Stage renameStage(UUID journeyId, UUID stageId, String name, Long expectedVersion) {
		Journey journey = journey(journeyId);
		journey.renameStage(stageId, name, expectedVersion);
		return saved(journey).stage(stageId);
	}

	public void removeStage(UUID journeyId, UUID stageId) {
		Journey journey = lockedForChange(journeyId);
		journey.removeStage(stageId);
		saved(journey);
	}

	public Stage moveStage(UUID journeyId, UUID stageId, Integer index, Long expectedVersion) {
		Journey journey = lockedForChange(journeyId);
		journey.moveStage(stageId, index, expectedVersion);
		return saved(journey).stage(stageId);
	}

	public Zone addZone(UUID journeyId, UUID stageId, String name) {
		Journey journey = lockedForChange(journeyId);
		if (stageId == null) {
			throw new BusinessRuleViolation("stageId", "validation.required");
		}
		parentMustBeOf(journey, () -> journey.stage(stageId), "stageId");
		Zone zone = journey.addZone(stageId, name);
		saved(journey);
		return zone;
	}

	public Zone renameZone(UUID journeyId, UUID zoneId, String name, Long expectedVersion) {
		Journey journey = journey(journeyId);
		journey.renameZone(zoneId, name, expectedVersion);
		return saved(journey).zone(zoneId);
	}

	public void removeZone(UUID journeyId, UUID zoneId) {
		Journey journey = lockedForChange(journeyId);
		journey.removeZone(zoneId);
		saved(journey);
	}

	public Zone moveZone(UUID journeyId, UUID zoneId, UUID stageId, Integer index, Long expectedVersion) {
		Journey journey = lockedForChange(journeyId);
		journey.zone(zoneId);
		if (stageId != null) {
			parentMustBeOf(journey, () -> journey.stage(stageId), "stageId");
		}
		journey.moveZone(zoneId, stageId, index, expectedVersion);
		return saved(journey).zone(zoneId);
	}

	public Element addElement(UUID journeyId, UUID zoneId, String name) {
		Journey journey = lockedForChange(journeyId);
		if (zoneId == null) {
			throw new BusinessRuleViolation("zoneId", "validation.required");
		}
		parentMustBeOf(journey, () -> journey.zone(zoneId), "zoneId");
		Element element = journey.addElement(zoneId, name);
		saved(journey);
		return element;
	}

	public Element renameElement(UUID journeyId, UUID elementId, String name, Long expectedVersion) {
		Journey journey = journey(journeyId);
		journey.renameElement(elementId, name, expectedVersion);
		return saved(journey).element(elementId);
	}

	public void removeElement(UUID journeyId, UUID elementId) {
		Journey journey = lockedForChange(journeyId);
		journey.removeElement(elementId);
		saved(journey);
	}

	public Element moveElement(UUID journeyId, UUID elementId, UUID zoneId, Integer index, Long expectedVersion) {
		Journey journey = lockedForChange(journeyId);
		journey.element(elementId);
		if (zoneId != null) {
			parentMustBeOf(journey, () -> journey.zone(zoneId), "zoneId");
		}
		journey.moveElement(elementId, zoneId, index, expectedVersion);
		return saved(journey).element(elementId);
	}

	public Touchpoint addTouchpoint(UUID journeyId, Parent parent, TouchpointDetails details) {
		Journey journey = lockedForChange(journeyId);
		checkPeople(details);
		Touchpoint touchpoint = journey.addTouchpoint(parent, details);
		saved(journey);
		return touchpoint;
	}

	public Touchpoint describeTouchpoint(UUID journeyId, UUID touchpointId, TouchpointDetails details,
			Long expectedVersion) {
		Journey journey = journey(journeyId);
		journey.touchpoint(touchpointId);
		checkPeople(details);
		journey.describeTouchpoint(touchpointId, details, expectedVersion);
		return saved(journey).touchpoint(touchpointId);
	}

	public void removeTouchpoint(UUID journeyId, UUID touchpointId) {
		Journey journey = lockedForChange(journeyId);
		journey.removeTouchpoint(touchpointId);
		saved(journey);
	}

	public Touchpoint moveTouchpoint(UUID journeyId, UUID touchpointId, Parent parent, Integer index,
			Long expectedVersion) {
		Journey journey = lockedForChange(journeyId);
		journey.touchpoint(touchpointId);
		journey.moveTouchpoint(touchpointId, parent, index, expectedVersion);
		return saved(journey).touchpoint(touchpointId);
	}

	public Pain addPain(UUID journeyId, UUID touchpointId, PainDetails details) {
		Journey journey = lockedForChange(journeyId);
		Pain pain = journey.addPain(touchpointId, details);
		saved(journey);
		return pain;
	}

	public Pain describePain(UUID journeyId, UUID painId, PainDetails details, Long expectedVersion) {
		Journey journey = journey(journeyId);
		journey.describePain(painId, details, expectedVersion);
		return saved(journey).pain(painId);
	}

	public void removePain(UUID journeyId, UUID painId) {
		Journey journey = lockedForChange(journeyId);
		journey.removePain(painId);
		saved(journey);
	}

	public Idea addIdea(Member author, UUID journeyId, UUID touchpointId, IdeaKind kind, String text) {
		Journey journey = lockedForChange(journeyId);
		Idea idea = journey.addIdea(touchpointId, kind, text, author.personId());
		saved(journey);
		return idea;
	}

	public Idea describeIdea(UUID journeyId, UUID ideaId, IdeaKind kind, String text, Long expectedVersion) {
		Journey journey = journey(journeyId);
		journey.describeIdea(ideaId, kind, text, expectedVersion);
		return saved(journey).idea(ideaId);
	}

	public void removeIdea(UUID journeyId, UUID ideaId) {
		Journey journey = lockedForChange(journeyId);
		journey.removeIdea(ideaId);
		saved(journey);
	}

	/** The journey's pains on the severity × frequency grid, filtered by stage, zone, department or "open only". */
	@Transactional(readOnly = true)
	public BarrierMatrix barrierMatrix(UUID journeyId, PainFilter filter) {
		Journey journey = journey(journeyId);
		List<PainPoint> points = journey.pains().stream().map(pain -> {
			Touchpoint touchpoint = journey.touchpoint(pain.touchpointId());
			return new PainPoint(pain.id(), pain.description(), pain.severity(), pain.frequency(), touchpoint.id(),
					touchpoint.name(), journey.stageOf(touchpoint), journey.zoneOf(touchpoint).orElse(null),
					touchpoint.departmentId(), pain.status() == PainStatus.OPEN);
		}).toList();
		return BarrierMatrix.of(points, filter);
	}

	/** The IDEF0 function tree of a touchpoint or an element, if one was drawn. */
	@Transactional(readOnly = true)
	public Optional<StoredIdef0> idef0(UUID journeyId, UUID ownerId) {
		return journey(journeyId).idef0Of(ownerId)
			.map(m -> new StoredIdef0(json.readValue(m.diagram(), Idef0Function.class), m.version()));
	}

	/** Checks the function tree by the IDEF0 rules (every broken one named with its path) and stores it. */
	public StoredIdef0 storeIdef0(UUID journeyId, UUID ownerId, Idef0Function function, Long expectedVersion) {
		Journey journey = journey(journeyId);
		if (function == null) {
			throw new BusinessRuleViolation("function", "validation.required");
		}
		try {
			function.validated();
		}
		catch (BusinessRuleViolation e) {
			throw new BusinessRuleViolation("function." + e.field(), e.messageKey(), e.arguments());
		}
		Idef0Model model = journey.storeIdef0(ownerId, function.name(), json.writeValueAsString(function),
				expectedVersion);
		saved(journey);
		return new StoredIdef0(function, model.version());
	}

	public void removeIdef0(UUID journeyId, UUID ownerId) {
		Journey journey = journey(journeyId);
		journey.removeIdef0(ownerId);
		saved(journey);
	}

	/** An IDEF0 model as read back: the function tree and the version to send with a change. */
	public record StoredIdef0(Idef0Function function, long version) {
	}

	private Journey lockedForChange(UUID id) {
		return journeys.lockedForChange(id).orElseThrow(() -> new RecordNotFound("journey", id));
	}

	// Flushed here so a version conflict (someone renumbered the same cards) surfaces as 409 inside this call.
	private Journey saved(Journey journey) {
		return journeys.saveAndFlush(journey);
	}

	private void checkPeople(TouchpointDetails details) {
		if (details.responsibleId() != null && !workspaces.hasPerson(details.responsibleId())) {
			throw new BusinessRuleViolation("responsibleId", "journey.touchpoint.unknownPerson");
		}
		if (details.departmentId() != null && !workspaces.hasDepartment(details.departmentId())) {
			throw new BusinessRuleViolation("departmentId", "journey.touchpoint.unknownDepartment");
		}
	}

	/** A parent named in a body that is not in this journey is a wrong field value (422), not a missing page. */
	private static void parentMustBeOf(Journey journey, Runnable find, String field) {
		try {
			find.run();
		}
		catch (RecordNotFound e) {
			throw new BusinessRuleViolation(field, "journey.parent.unknown");
		}
	}

	// --- journey-analysis: the whole map as the exports draw it

	/** The journey laid out for drawing: stages, zones, elements and cards in map order, with open pain counts. */
	@Transactional(readOnly = true)
	public MapView mapView(UUID journeyId) {
		Journey journey = journey(journeyId);
		List<StageView> stages = journey.stages().stream().map(stage -> new StageView(stage.id(), stage.name(),
				journey.zonesOf(stage.id()).stream().map(zone -> new ZoneView(zone.id(), zone.name(),
						journey.elementsOf(zone.id()).stream().map(element -> new ElementView(element.id(),
								element.name(), cards(journey, Parent.element(element.id())))).toList(),
						cards(journey, Parent.zone(zone.id())))).toList(),
				cards(journey, Parent.stage(stage.id())))).toList();
		return new MapView(journey.title(), stages);
	}

	private static List<TouchpointCard> cards(Journey journey, Parent parent) {
		return journey.touchpointsIn(parent).stream().map(t -> new TouchpointCard(t.id(), t.name(),
				t.channel() == null ? null : t.channel().name(), t.icon(),
				(int) journey.painsOf(t.id()).stream().filter(p -> p.status() == PainStatus.OPEN).count(),
				t.expectation(), t.quality())).toList();
	}

	/**
	 * Adds the rows of an imported map in one go: stages, zones and elements are found by name (created when
	 * missing), each row adds a touchpoint with its pains. Any broken rule rolls the whole import back.
	 */
	public int importTouchpoints(UUID journeyId, List<ImportedTouchpoint> rows) {
		Journey journey = lockedForChange(journeyId);
		for (ImportedTouchpoint row : rows) {
			Stage stage = journey.stages().stream().filter(s -> s.name().equals(row.stage())).findFirst()
				.orElseGet(() -> journey.addStage(row.stage()));
			Parent parent = Parent.stage(stage.id());
			if (row.zone() != null) {
				Zone zone = journey.zonesOf(stage.id()).stream().filter(z -> z.name().equals(row.zone())).findFirst()
					.orElseGet(() -> journey.addZone(stage.id(), row.zone()));
				parent = Parent.zone(zone.id());
				if (row.element() != null) {
					Element element = journey.elementsOf(zone.id()).stream()
						.filter(e -> e.name().equals(row.element())).findFirst()
						.orElseGet(() -> journey.addElement(zone.id(), row.element()));
					parent = Parent.element(element.id());
				}
			}
			Touchpoint touchpoint = journey.addTouchpoint(parent, row.details());
			row.pains().forEach(pain -> journey.addPain(touchpoint.id(), pain));
		}
		saved(journey);
		return rows.size();
	}

	/** One row of an imported map: where the touchpoint sits (names), what it is, and its pains. */
	public record ImportedTouchpoint(String stage, String zone, String element, TouchpointDetails details,
			List<PainDetails> pains) {
	}
}
