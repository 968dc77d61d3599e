package org.serviceplan.session.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.serviceplan.journey.JourneyLookup;
import org.serviceplan.journey.JourneyLookup.JourneyOutline;
import org.serviceplan.journey.JourneyLookup.TouchpointRef;
import org.serviceplan.plan.PlanTaskIntake;
import org.serviceplan.session.IdeaKind;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.SessionResults;
import org.serviceplan.session.SessionResults.RankedIdea;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.session.internal.SessionIdea;
import org.serviceplan.session.internal.StrategicSession;
import org.serviceplan.session.web.BoardView.Column;
import org.serviceplan.session.web.BoardView.Header;
import org.serviceplan.session.web.BoardView.IdeaCard;
import org.serviceplan.session.web.BoardView.JourneyLane;
import org.serviceplan.session.web.BoardView.StageLane;
import org.serviceplan.session.web.BoardView.TouchpointChoice;
import org.serviceplan.session.web.BoardView.TouchpointLane;
import org.serviceplan.session.web.BoardView.Voter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a session once and lays it out as the board the person in the seat may see. */
@Component
class BoardViews {

	private final StrategicSessions sessions;
	private final JourneyLookup journeys;
	private final PlanTaskIntake intake;

	BoardViews(StrategicSessions sessions, JourneyLookup journeys, PlanTaskIntake intake) {
		this.sessions = sessions;
		this.journeys = journeys;
		this.intake = intake;
	}

	static Header header(StrategicSession s) {
		var budget = s.budget();
		return new Header(s.id(), s.title(), !s.isOpen(), s.voting(), s.brainstormingLocked(), s.resultsRevealed(),
				s.anonymous(), budget.budgetOf(Nomination.QUICK_WIN), budget.budgetOf(Nomination.IMPORTANT),
				budget.maxPointsPerIdea(), s.currentStage(), s.agenda(), s.joinCode());
	}

	@Transactional(readOnly = true)
	BoardView board(Seat seat) {
		StrategicSession session = sessions.session(seat.sessionId());
		boolean tallies = seat.facilitator() || session.resultsRevealed();
		List<JourneyOutline> outlines = outlines(session);
		Map<UUID, String> pains = new HashMap<>();
		outlines.forEach(o -> o.pains().forEach(p -> pains.put(p.id(), p.description())));
		Map<UUID, String> authors = new HashMap<>();
		if (!session.anonymous()) {
			sessions.participants(seat.sessionId()).forEach(p -> authors.put(p.id(), p.name()));
		}
		Map<UUID, Map<Nomination, Integer>> mine = new HashMap<>();
		Voter voter = null;
		if (seat.takesPart()) {
			sessions.votesOf(seat.sessionId(), seat.participantId()).forEach(v -> mine
				.computeIfAbsent(v.ideaId(), id -> new EnumMap<>(Nomination.class)).put(v.nomination(), v.points()));
			Map<Nomination, Integer> left = sessions.remaining(seat.sessionId(), seat.participantId());
			voter = new Voter(seat.participantId(), seat.name(), left.get(Nomination.QUICK_WIN),
					left.get(Nomination.IMPORTANT));
		}
		Map<UUID, Map<Nomination, Integer>> points = new HashMap<>();
		Map<UUID, Map<Nomination, Integer>> voters = new HashMap<>();
		if (tallies) {
			SessionResults results = sessions.results(seat.sessionId());
			for (Nomination n : Nomination.values()) {
				for (RankedIdea r : results.of(n).ideas()) {
					points.computeIfAbsent(r.ideaId(), id -> new EnumMap<>(Nomination.class)).put(n, r.points());
					voters.computeIfAbsent(r.ideaId(), id -> new EnumMap<>(Nomination.class)).put(n, r.voters());
				}
			}
		}
		List<IdeaCard> cards = new ArrayList<>();
		for (SessionIdea idea : sessions.ideas(seat.sessionId())) {
			if (idea.mergedInto() != null || (idea.isHidden() && !seat.facilitator())) {
				continue;
			}
			cards.add(new IdeaCard(idea.id(), idea.text(), idea.kind(), idea.touchpointId(),
					idea.painId() == null ? null : pains.get(idea.painId()), authors.get(idea.authorId()),
					idea.isHidden(), idea.createdAt(), idea.version(), mine.getOrDefault(idea.id(), Map.of()),
					points.getOrDefault(idea.id(), Map.of()), voters.getOrDefault(idea.id(), Map.of())));
		}
		List<JourneyLane> lanes = outlines.stream().map(o -> lane(o, cards)).toList();
		Column general = column(cards, c -> c.touchpointId() == null || lanes.stream()
			.noneMatch(l -> l.touchpoints().stream().anyMatch(t -> t.id().equals(c.touchpointId()))));
		return new BoardView(header(session), lanes, general, voter, seat.facilitator(), tallies, seat.url(), cards);
	}

	List<JourneyOutline> outlines(StrategicSession session) {
		return session.journeyIds().stream().map(journeys::outline).flatMap(Optional::stream).toList();
	}

	private static JourneyLane lane(JourneyOutline outline, List<IdeaCard> cards) {
		Map<UUID, StageBuilder> stages = new LinkedHashMap<>();
		for (TouchpointRef t : outline.touchpoints()) {
			stages.computeIfAbsent(t.stageId(), id -> new StageBuilder(t.stageName())).touchpoints
				.add(new TouchpointLane(t.id(), t.name(), of(cards, t.id(), IdeaKind.PROBLEM),
						of(cards, t.id(), IdeaKind.IDEAL)));
		}
		return new JourneyLane(outline.id(), outline.title(),
				stages.values().stream().map(s -> new StageLane(s.name, List.copyOf(s.touchpoints))).toList(),
				outline.touchpoints().stream().map(t -> new TouchpointChoice(t.id(), t.name(), t.stageName())).toList());
	}

	private static List<IdeaCard> of(List<IdeaCard> cards, UUID touchpointId, IdeaKind kind) {
		return cards.stream().filter(c -> touchpointId.equals(c.touchpointId()) && c.kind() == kind).toList();
	}

	private static Column column(List<IdeaCard> cards, Predicate<IdeaCard> inColumn) {
		return new Column(cards.stream().filter(inColumn).filter(c -> c.kind() == IdeaKind.PROBLEM).toList(),
				cards.stream().filter(inColumn).filter(c -> c.kind() == IdeaKind.IDEAL).toList());
	}

	private static final class StageBuilder {

		final String name;
		final List<TouchpointLane> touchpoints = new ArrayList<>();

		StageBuilder(String name) {
			this.name = name;
		}
	}

	/**
	 * The result page's content. The ranking is the module's ({@link org.serviceplan.session.Ranking}); candidates
	 * for the plan come quick wins first, then important results, each idea in the nomination where it got more
	 * points (quick win on a tie), the top three of each ticked.
	 */
	@Transactional(readOnly = true)
	ResultsView results(StrategicSession session, boolean visible, ChartTitles titles) {
		if (!visible) {
			return ResultsView.hidden();
		}
		SessionResults results = sessions.results(session.id());
		Map<UUID, String> touchpoints = new HashMap<>();
		outlines(session).forEach(o -> o.touchpoints().forEach(t -> touchpoints.put(t.id(), t.name())));
		Map<Nomination, List<ResultsView.RankRow>> rankings = new EnumMap<>(Nomination.class);
		for (Nomination n : Nomination.values()) {
			rankings.put(n, results.of(n).ideas().stream()
				.map(r -> new ResultsView.RankRow(r.rank(), r.ideaId(), r.text(),
						r.touchpointId() == null ? null : touchpoints.get(r.touchpointId()), r.points(), r.voters()))
				.toList());
		}
		Map<UUID, RankedIdea> quick = new HashMap<>();
		results.of(Nomination.QUICK_WIN).ideas().forEach(r -> quick.put(r.ideaId(), r));
		Map<UUID, RankedIdea> important = new HashMap<>();
		results.of(Nomination.IMPORTANT).ideas().forEach(r -> important.put(r.ideaId(), r));

		List<RankedIdea> voted = results.of(Nomination.QUICK_WIN).ideas().stream()
			.filter(r -> r.points() + important.get(r.ideaId()).points() > 0)
			.sorted(java.util.Comparator.comparingInt(
					(RankedIdea r) -> -(r.points() + important.get(r.ideaId()).points())).thenComparingInt(RankedIdea::rank))
			.toList();
		List<ResultsView.ChartRow> rows = new ArrayList<>();
		List<ImpactChart.Dot> dots = new ArrayList<>();
		for (int i = 0; i < voted.size(); i++) {
			RankedIdea r = voted.get(i);
			String label = String.valueOf(i + 1);
			int imp = important.get(r.ideaId()).points();
			rows.add(new ResultsView.ChartRow(label, r.text(), r.points(), imp));
			dots.add(new ImpactChart.Dot(label, r.text(), r.points(), imp));
		}
		String svg = ImpactChart.svg(dots, titles.x(), titles.y(), titles.caption());

		Map<UUID, String> taskUrls = new HashMap<>();
		for (var task : intake.tasksFromSession(session.id())) {
			taskUrls.putIfAbsent(task.origin().ideaId(),
					"/w/" + session.workspaceId() + "/plans/" + task.planId() + "/tasks/" + task.taskId());
		}
		List<ResultsView.Candidate> quickWins = new ArrayList<>();
		List<ResultsView.Candidate> importantOnes = new ArrayList<>();
		for (RankedIdea q : results.of(Nomination.QUICK_WIN).ideas()) {
			RankedIdea i = important.get(q.ideaId());
			boolean isQuick = q.points() >= i.points();
			RankedIdea counted = isQuick ? q : i;
			if (counted.points() == 0) {
				continue;
			}
			var candidate = new ResultsView.Candidate(q.ideaId(), q.text(), isQuick ? Nomination.QUICK_WIN
					: Nomination.IMPORTANT, counted.rank() <= 3 && !taskUrls.containsKey(q.ideaId()),
					taskUrls.get(q.ideaId()));
			(isQuick ? quickWins : importantOnes).add(candidate);
		}
		quickWins.sort(java.util.Comparator.comparingInt(c -> quick.get(c.ideaId()).rank()));
		importantOnes.sort(java.util.Comparator.comparingInt(c -> important.get(c.ideaId()).rank()));
		List<ResultsView.Candidate> candidates = new ArrayList<>(quickWins);
		candidates.addAll(importantOnes);
		return new ResultsView(true, rankings, svg, rows, candidates);
	}

	/** The projector's counts and latest ideas; the winners only once the facilitator revealed them. */
	@Transactional(readOnly = true)
	ProjectorScreen projector(StrategicSession session, ChartTitles titles) {
		List<SessionIdea> shown = sessions.ideas(session.id()).stream().filter(SessionIdea::isShown).toList();
		List<IdeaCard> latest = shown.stream()
			.sorted(java.util.Comparator.comparing(SessionIdea::createdAt).reversed())
			.limit(6)
			.map(i -> new IdeaCard(i.id(), i.text(), i.kind(), i.touchpointId(), null, null, false, i.createdAt(),
					i.version(), Map.of(), Map.of(), Map.of()))
			.toList();
		return new ProjectorScreen(sessions.participants(session.id()).size(), shown.size(), latest,
				results(session, session.resultsRevealed(), titles));
	}

	/** The chart's words in the reader's language. */
	record ChartTitles(String x, String y, String caption) {
	}
}
