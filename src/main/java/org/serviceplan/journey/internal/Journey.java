package org.serviceplan.journey.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.RecordNotFound;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * A customer journey map: the aggregate that keeps its stages → zones → elements → touchpoints, pains and ideas
 * consistent. Every level is ordered inside its parent; a move or reorder renumbers the positions of the parents
 * it touches in the same change, and refuses a stale version of the moved record.
 */
// The map is read and changed as a whole (one query per kind of part), like the service plan.
@Entity
@Table(name = "journey")
@Audited
public class Journey extends TenantOwned {

	@Id
	private UUID id;
	private String title;
	private String description;
	private String segment;
	@Column(name = "expected_duration_days")
	private int expectedDurationDays;
	@Enumerated(EnumType.STRING)
	private JourneyStatus status;
	private UUID toBeOf;
	@OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Stage> stages = new ArrayList<>();
	@OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Zone> zones = new ArrayList<>();
	@OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Element> elements = new ArrayList<>();
	@OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Touchpoint> touchpoints = new ArrayList<>();
	@OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Pain> pains = new ArrayList<>();
	@OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("position")
	private List<Idea> ideas = new ArrayList<>();
	@OneToMany(mappedBy = "journey", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	private List<Idef0Model> idef0Models = new ArrayList<>();
	@Version
	private long version;

	protected Journey() {
	}

	public Journey(String title, String description, String segment, ExpectedDuration duration) {
		this.id = UUID.randomUUID();
		this.status = JourneyStatus.AS_IS;
		describe(title, description, segment, duration, null);
	}

	public void describe(String newTitle, String newDescription, String newSegment, ExpectedDuration duration,
			Long expectedVersion) {
		StaleRecord.check("journey", expectedVersion, version);
		this.title = Rules.required("title", newTitle, 300);
		this.description = Rules.optional("description", newDescription, 4000);
		this.segment = Rules.optional("segment", newSegment, 300);
		this.expectedDurationDays = Objects.requireNonNull(duration, "duration").days();
	}

	// --- stages

	public Stage addStage(String name) {
		Stage stage = new Stage(this, name, stages.size());
		stages.add(stage);
		return stage;
	}

	public void renameStage(UUID stageId, String name, Long expectedVersion) {
		Stage stage = stage(stageId);
		StaleRecord.check("stage", expectedVersion, stage.version());
		stage.rename(name);
	}

	/** A stage goes with everything on it: its zones, their elements, all touchpoints with their pains and ideas. */
	public void removeStage(UUID stageId) {
		Stage stage = stage(stageId);
		for (Zone zone : zonesOf(stageId)) {
			removeZone(zone.id());
		}
		touchpointsWhere(t -> stageId.equals(t.stageId())).forEach(t -> removeTouchpoint(t.id()));
		stages.remove(stage);
		List<Stage> order = stages();
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeAt(i);
		}
	}

	public void moveStage(UUID stageId, Integer index, Long expectedVersion) {
		Stage stage = stage(stageId);
		StaleRecord.check("stage", expectedVersion, stage.version());
		List<Stage> order = sorted(stages, s -> !s.id().equals(stageId), Stage::position);
		order.add(insertionPoint(index, order.size()), stage);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeAt(i);
		}
		stages.sort(Comparator.comparingInt(Stage::position));
	}

	// --- zones

	public Zone addZone(UUID stageId, String name) {
		stage(stageId);
		Zone zone = new Zone(this, stageId, name, zonesOf(stageId).size());
		zones.add(zone);
		return zone;
	}

	public void renameZone(UUID zoneId, String name, Long expectedVersion) {
		Zone zone = zone(zoneId);
		StaleRecord.check("zone", expectedVersion, zone.version());
		zone.rename(name);
	}

	public void removeZone(UUID zoneId) {
		Zone zone = zone(zoneId);
		for (Element element : elementsOf(zoneId)) {
			removeElement(element.id());
		}
		touchpointsWhere(t -> zoneId.equals(t.zoneId())).forEach(t -> removeTouchpoint(t.id()));
		zones.remove(zone);
		renumberZones(zone.stageId());
	}

	/** Into a stage (the same or another) at an index; the zone's elements and touchpoints come with it. */
	public void moveZone(UUID zoneId, UUID stageId, Integer index, Long expectedVersion) {
		Zone zone = zone(zoneId);
		StaleRecord.check("zone", expectedVersion, zone.version());
		UUID target = stageId == null ? zone.stageId() : stage(stageId).id();
		UUID from = zone.stageId();
		List<Zone> order = sorted(zones, z -> target.equals(z.stageId()) && !z.id().equals(zoneId), Zone::position);
		order.add(insertionPoint(index, order.size()), zone);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeIn(target, i);
		}
		renumberZones(from);
	}

	// --- elements

	public Element addElement(UUID zoneId, String name) {
		zone(zoneId);
		Element element = new Element(this, zoneId, name, elementsOf(zoneId).size());
		elements.add(element);
		return element;
	}

	public void renameElement(UUID elementId, String name, Long expectedVersion) {
		Element element = element(elementId);
		StaleRecord.check("element", expectedVersion, element.version());
		element.rename(name);
	}

	public void removeElement(UUID elementId) {
		Element element = element(elementId);
		touchpointsWhere(t -> elementId.equals(t.elementId())).forEach(t -> removeTouchpoint(t.id()));
		idef0Models.removeIf(m -> m.belongsTo(elementId));
		elements.remove(element);
		renumberElements(element.zoneId());
	}

	public void moveElement(UUID elementId, UUID zoneId, Integer index, Long expectedVersion) {
		Element element = element(elementId);
		StaleRecord.check("element", expectedVersion, element.version());
		UUID target = zoneId == null ? element.zoneId() : zone(zoneId).id();
		UUID from = element.zoneId();
		List<Element> order = sorted(elements, e -> target.equals(e.zoneId()) && !e.id().equals(elementId),
				Element::position);
		order.add(insertionPoint(index, order.size()), element);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeIn(target, i);
		}
		renumberElements(from);
	}

	// --- touchpoints

	public Touchpoint addTouchpoint(Parent parent, TouchpointDetails details) {
		mustExist(parent);
		Touchpoint touchpoint = new Touchpoint(this, parent, details, touchpointsIn(parent).size());
		touchpoints.add(touchpoint);
		return touchpoint;
	}

	public void describeTouchpoint(UUID touchpointId, TouchpointDetails details, Long expectedVersion) {
		Touchpoint touchpoint = touchpoint(touchpointId);
		StaleRecord.check("touchpoint", expectedVersion, touchpoint.version());
		touchpoint.describe(details);
	}

	public void removeTouchpoint(UUID touchpointId) {
		Touchpoint touchpoint = touchpoint(touchpointId);
		pains.removeIf(p -> p.touchpointId().equals(touchpointId));
		ideas.removeIf(i -> i.touchpointId().equals(touchpointId));
		idef0Models.removeIf(m -> m.belongsTo(touchpointId));
		touchpoints.remove(touchpoint);
		renumberTouchpoints(touchpoint.parent());
	}

	/** To another parent (or the same one) at an index, as a card dragged on the board; both parents renumbered. */
	public void moveTouchpoint(UUID touchpointId, Parent parent, Integer index, Long expectedVersion) {
		Touchpoint touchpoint = touchpoint(touchpointId);
		StaleRecord.check("touchpoint", expectedVersion, touchpoint.version());
		mustExist(parent);
		Parent from = touchpoint.parent();
		List<Touchpoint> order = sorted(touchpoints, t -> t.parent().equals(parent) && !t.id().equals(touchpointId),
				Touchpoint::position);
		order.add(insertionPoint(index, order.size()), touchpoint);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeIn(parent, i);
		}
		renumberTouchpoints(from);
	}

	// --- pains and ideas

	public Pain addPain(UUID touchpointId, PainDetails details) {
		touchpoint(touchpointId);
		Pain pain = new Pain(this, touchpointId, details, pains.size());
		pains.add(pain);
		return pain;
	}

	public void describePain(UUID painId, PainDetails details, Long expectedVersion) {
		Pain pain = pain(painId);
		StaleRecord.check("pain", expectedVersion, pain.version());
		pain.describe(details);
	}

	public void removePain(UUID painId) {
		pains.remove(pain(painId));
	}

	public Idea addIdea(UUID touchpointId, IdeaKind kind, String text, UUID authorId) {
		touchpoint(touchpointId);
		Idea idea = new Idea(this, touchpointId, kind, text, authorId, ideas.size());
		ideas.add(idea);
		return idea;
	}

	public void describeIdea(UUID ideaId, IdeaKind kind, String text, Long expectedVersion) {
		Idea idea = idea(ideaId);
		StaleRecord.check("idea", expectedVersion, idea.version());
		idea.describe(kind, text);
	}

	public void removeIdea(UUID ideaId) {
		ideas.remove(idea(ideaId));
	}

	// --- IDEF0

	/** The IDEF0 model of a touchpoint or an element of this journey, if one was drawn. */
	public Optional<Idef0Model> idef0Of(UUID ownerId) {
		return idef0Models.stream().filter(m -> m.belongsTo(ownerId)).findFirst();
	}

	/**
	 * Stores the (already checked) model of a touchpoint or an element: the first one is created, a later one
	 * replaces it and must name the version it was made on.
	 */
	public Idef0Model storeIdef0(UUID ownerId, String functionName, String json, Long expectedVersion) {
		boolean touchpoint = touchpoints.stream().anyMatch(t -> t.id().equals(ownerId));
		if (!touchpoint) {
			element(ownerId);
		}
		Optional<Idef0Model> existing = idef0Of(ownerId);
		if (existing.isPresent() && expectedVersion == null) {
			throw new BusinessRuleViolation("version", "validation.required");
		}
		existing.ifPresent(m -> StaleRecord.check("idef0", expectedVersion, m.version()));
		Idef0Model model = existing.orElseGet(() -> {
			Idef0Model created = new Idef0Model(this, touchpoint ? ownerId : null, touchpoint ? null : ownerId);
			idef0Models.add(created);
			return created;
		});
		model.store(Rules.required("function.name", functionName, 200), json);
		return model;
	}

	public void removeIdef0(UUID ownerId) {
		idef0Models.remove(idef0Of(ownerId).orElseThrow(() -> new RecordNotFound("idef0", ownerId)));
	}

	// --- to-be

	/**
	 * A new to-be journey that starts as a deep copy of this one (every level, pains and ideas) and links back
	 * to it, so the workshop can redesign it while the as-is map stays as it was found.
	 */
	public Journey copyAsToBe(String newTitle) {
		if (status == JourneyStatus.TO_BE) {
			throw new BusinessRuleViolation(null, "journey.toBe.alreadyToBe");
		}
		Journey copy = new Journey(newTitle, description, segment, new ExpectedDuration(expectedDurationDays));
		copy.status = JourneyStatus.TO_BE;
		copy.toBeOf = id;
		Map<UUID, UUID> ids = new HashMap<>();
		for (Stage stage : stages) {
			ids.put(stage.id(), copy.addStage(stage.name()).id());
		}
		for (Zone zone : sorted(zones, z -> true, Zone::position)) {
			ids.put(zone.id(), copy.addZone(ids.get(zone.stageId()), zone.name()).id());
		}
		for (Element element : sorted(elements, e -> true, Element::position)) {
			ids.put(element.id(), copy.addElement(ids.get(element.zoneId()), element.name()).id());
		}
		for (Touchpoint touchpoint : sorted(touchpoints, t -> true, Touchpoint::position)) {
			Parent p = touchpoint.parent();
			Parent there = new Parent(ids.get(p.stageId()), ids.get(p.zoneId()), ids.get(p.elementId()));
			ids.put(touchpoint.id(), copy.addTouchpoint(there, touchpoint.details()).id());
		}
		for (Pain pain : pains) {
			copy.addPain(ids.get(pain.touchpointId()), pain.details());
		}
		for (Idea idea : ideas) {
			copy.addIdea(ids.get(idea.touchpointId()), idea.kind(), idea.text(), idea.authorId());
		}
		for (Idef0Model model : idef0Models) {
			UUID owner = model.touchpointId() != null ? model.touchpointId() : model.elementId();
			copy.storeIdef0(ids.get(owner), model.name(), model.diagram(), null);
		}
		return copy;
	}

	// --- reading

	public UUID id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public String segment() {
		return segment;
	}

	public ExpectedDuration expectedDuration() {
		return new ExpectedDuration(expectedDurationDays);
	}

	public JourneyStatus status() {
		return status;
	}

	public Optional<UUID> toBeOf() {
		return Optional.ofNullable(toBeOf);
	}

	public long version() {
		return version;
	}

	public List<Stage> stages() {
		return sorted(stages, s -> true, Stage::position);
	}

	public List<Zone> zonesOf(UUID stageId) {
		return sorted(zones, z -> z.stageId().equals(stageId), Zone::position);
	}

	public List<Element> elementsOf(UUID zoneId) {
		return sorted(elements, e -> e.zoneId().equals(zoneId), Element::position);
	}

	public List<Touchpoint> touchpointsIn(Parent parent) {
		return sorted(touchpoints, t -> t.parent().equals(parent), Touchpoint::position);
	}

	/** Every touchpoint in map order: stage by stage; in a stage its own cards, then zone by zone, element by element. */
	public List<Touchpoint> touchpoints() {
		List<Touchpoint> out = new ArrayList<>();
		for (Stage stage : stages()) {
			out.addAll(touchpointsIn(Parent.stage(stage.id())));
			for (Zone zone : zonesOf(stage.id())) {
				out.addAll(touchpointsIn(Parent.zone(zone.id())));
				for (Element element : elementsOf(zone.id())) {
					out.addAll(touchpointsIn(Parent.element(element.id())));
				}
			}
		}
		return out;
	}

	public List<Pain> painsOf(UUID touchpointId) {
		return sorted(pains, p -> p.touchpointId().equals(touchpointId), Pain::position);
	}

	public List<Pain> pains() {
		return sorted(pains, p -> true, Pain::position);
	}

	public List<Idea> ideasOf(UUID touchpointId) {
		return sorted(ideas, i -> i.touchpointId().equals(touchpointId), Idea::position);
	}

	/** The stage a touchpoint belongs to, whichever level it sits on. */
	public UUID stageOf(Touchpoint touchpoint) {
		if (touchpoint.stageId() != null) {
			return touchpoint.stageId();
		}
		UUID zoneId = touchpoint.zoneId() != null ? touchpoint.zoneId() : element(touchpoint.elementId()).zoneId();
		return zone(zoneId).stageId();
	}

	/** The zone a touchpoint belongs to, if it sits in one or in one of its elements. */
	public Optional<UUID> zoneOf(Touchpoint touchpoint) {
		if (touchpoint.zoneId() != null) {
			return Optional.of(touchpoint.zoneId());
		}
		return Optional.ofNullable(touchpoint.elementId()).map(e -> element(e).zoneId());
	}

	public Stage stage(UUID stageId) {
		return find(stages, Stage::id, stageId, "stage");
	}

	public Zone zone(UUID zoneId) {
		return find(zones, Zone::id, zoneId, "zone");
	}

	public Element element(UUID elementId) {
		return find(elements, Element::id, elementId, "element");
	}

	public Touchpoint touchpoint(UUID touchpointId) {
		return find(touchpoints, Touchpoint::id, touchpointId, "touchpoint");
	}

	public Pain pain(UUID painId) {
		return find(pains, Pain::id, painId, "pain");
	}

	public Idea idea(UUID ideaId) {
		return find(ideas, Idea::id, ideaId, "idea");
	}

	// --- rules and order

	/** A parent named in a request must be part of this journey: otherwise the request names an unknown field value. */
	private void mustExist(Parent parent) {
		if (parent.stageId() != null && stages.stream().noneMatch(s -> s.id().equals(parent.stageId()))) {
			throw new BusinessRuleViolation("stageId", "journey.parent.unknown");
		}
		if (parent.zoneId() != null && zones.stream().noneMatch(z -> z.id().equals(parent.zoneId()))) {
			throw new BusinessRuleViolation("zoneId", "journey.parent.unknown");
		}
		if (parent.elementId() != null && elements.stream().noneMatch(e -> e.id().equals(parent.elementId()))) {
			throw new BusinessRuleViolation("elementId", "journey.parent.unknown");
		}
	}

	/** Where a moved record goes: null means at the end; outside 0..size is a mistake, not "the end". */
	static int insertionPoint(Integer index, int size) {
		if (index == null) {
			return size;
		}
		if (index < 0 || index > size) {
			throw new BusinessRuleViolation("index", "journey.move.indexOutOfRange", size);
		}
		return index;
	}

	private List<Touchpoint> touchpointsWhere(Predicate<Touchpoint> test) {
		return touchpoints.stream().filter(test).toList();
	}

	private void renumberZones(UUID stageId) {
		List<Zone> order = zonesOf(stageId);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeIn(stageId, i);
		}
	}

	private void renumberElements(UUID zoneId) {
		List<Element> order = elementsOf(zoneId);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeIn(zoneId, i);
		}
	}

	private void renumberTouchpoints(Parent parent) {
		List<Touchpoint> order = touchpointsIn(parent);
		for (int i = 0; i < order.size(); i++) {
			order.get(i).placeIn(parent, i);
		}
	}

	private static <T> List<T> sorted(List<T> list, Predicate<T> test, java.util.function.ToIntFunction<T> position) {
		return list.stream().filter(test).sorted(Comparator.comparingInt(position)).collect(Collectors.toCollection(ArrayList::new));
	}

	private static <T> T find(List<T> list, java.util.function.Function<T, UUID> id, UUID wanted, String what) {
		return list.stream().filter(item -> id.apply(item).equals(wanted)).findFirst()
			.orElseThrow(() -> new RecordNotFound(what, wanted));
	}

	/** The ids of every touchpoint that sits under a stage, for filters and counts. */
	public Set<UUID> touchpointIdsOfStage(UUID stageId) {
		return touchpoints.stream().filter(t -> stageOf(t).equals(stageId)).map(Touchpoint::id).collect(Collectors.toSet());
	}
}
