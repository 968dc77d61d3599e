package org.serviceplan.session.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.serviceplan.journey.JourneyLookup;
import org.serviceplan.journey.JourneyLookup.JourneyOutline;
import org.serviceplan.journey.JourneyLookup.PainRef;
import org.serviceplan.journey.JourneyLookup.TouchpointRef;
import org.serviceplan.session.Nomination;
import org.serviceplan.session.SessionParticipant;
import org.serviceplan.session.SessionResults;
import org.serviceplan.session.StrategicSessions;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The protocol of a session as PDF (an XHTML template printed by openhtmltopdf with an embedded Cyrillic font, as
 * the plan's document) and as an XLSX workbook: participants, ideas by touchpoint and kind, votes (who voted only
 * in open voting), and the ranking per nomination.
 */
@Component
public class SessionProtocols {

	static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
	static final String FONT_FAMILY = "Document Sans";

	private static final String CSS = css();

	private final StrategicSessions sessions;
	private final JourneyLookup journeys;
	private final Workspaces workspaces;
	private final MessageSource messages;
	private final ITemplateEngine templates;

	SessionProtocols(StrategicSessions sessions, JourneyLookup journeys, Workspaces workspaces, MessageSource messages,
			ITemplateEngine templates) {
		this.sessions = sessions;
		this.journeys = journeys;
		this.workspaces = workspaces;
		this.messages = messages;
		this.templates = templates;
	}

	/** What the protocol says, in the reader's language. */
	public Protocol protocol(Member reader, UUID sessionId, Locale locale) {
		StrategicSession session = sessions.session(sessionId);
		if (!session.showsResultsTo(reader)) {
			throw new NotSessionRunner("session.results.notRevealed");
		}
		List<JourneyOutline> outlines = session.journeyIds().stream().map(journeys::outline)
			.flatMap(java.util.Optional::stream).toList();
		Map<UUID, TouchpointRef> touchpoints = new HashMap<>();
		Map<UUID, PainRef> pains = new HashMap<>();
		outlines.forEach(o -> {
			o.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
			o.pains().forEach(p -> pains.put(p.id(), p));
		});
		List<UUID> mapOrder = outlines.stream().flatMap(o -> o.touchpoints().stream()).map(TouchpointRef::id).toList();
		List<SessionParticipant> people = sessions.participants(sessionId);
		Map<UUID, String> names = people.stream().collect(Collectors.toMap(SessionParticipant::id, SessionParticipant::name));
		String facilitator = workspaces.people().stream().filter(p -> p.id().equals(session.facilitatorId()))
			.map(Workspaces.PersonSummary::name).findFirst().orElse("");
		List<SessionIdea> all = sessions.ideas(sessionId);
		Map<UUID, String> ideaTexts = all.stream().collect(Collectors.toMap(SessionIdea::id, SessionIdea::text));
		List<IdeaRow> ideas = all.stream()
			.sorted(Comparator.comparingInt((SessionIdea i) -> i.touchpointId() == null ? Integer.MAX_VALUE
					: mapOrder.indexOf(i.touchpointId())).thenComparing(SessionIdea::kind)
				.thenComparing(SessionIdea::createdAt))
			.map(i -> new IdeaRow(place(touchpoints.get(i.touchpointId()), locale),
					text("session.kind." + i.kind(), locale), i.text(),
					i.authorIds().stream().map(a -> names.getOrDefault(a, "—")).sorted().collect(Collectors.joining(", ")),
					i.painId() == null || !pains.containsKey(i.painId()) ? "" : pains.get(i.painId()).description(),
					i.mergedInto() != null ? text("session.protocol.mergedInto", locale, ideaTexts.get(i.mergedInto()))
							: i.isHidden() ? text("session.protocol.hidden", locale) : ""))
			.toList();
		SessionResults results = sessions.results(sessionId);
		List<VoteRow> votes = new ArrayList<>();
		if (!session.anonymous()) {
			for (SessionResults.NominationResult nomination : results.nominations()) {
				for (SessionResults.RankedIdea idea : nomination.ideas()) {
					idea.ballots().forEach(b -> votes.add(new VoteRow(b.name(), idea.text(),
							text("session.nomination." + nomination.nomination(), locale), b.points())));
				}
			}
			votes.sort(Comparator.comparing(VoteRow::participant).thenComparing(VoteRow::nomination)
				.thenComparing(Comparator.comparingInt(VoteRow::points).reversed()));
		}
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
			.format(session.createdAt().atZone(reader.timezone() == null ? ZoneId.of("Europe/Moscow") : reader.timezone()));
		return new Protocol(reader.workspaceName(), session.title(), date, facilitator,
				outlines.stream().map(JourneyOutline::title).collect(Collectors.joining(", ")),
				text("session.protocol.rules", locale, session.budget().quickWinBudget(),
						session.budget().importantBudget(), session.budget().maxPointsPerIdea()),
				text(session.anonymous() ? "session.protocol.anonymous" : "session.protocol.open", locale),
				people.stream().map(p -> new PersonRow(p.name(),
						text(p.guest() ? "session.protocol.guest" : "session.protocol.member", locale))).toList(),
				ideas, votes, session.anonymous(), ranking(results, Nomination.QUICK_WIN),
				ranking(results, Nomination.IMPORTANT));
	}

	public byte[] pdf(Member reader, UUID sessionId, Locale locale) {
		Protocol protocol = protocol(reader, sessionId, locale);
		String xhtml = templates.process("session/protocol-document", new Context(locale, Map.of("p", protocol, "css", CSS)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (int weight : new int[] { 400, 700 }) {
				for (FontStyle style : FontStyle.values()) {
					builder.useFont(() -> SessionProtocols.class.getResourceAsStream(FONT), FONT_FAMILY, weight, style,
							true);
				}
			}
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public byte[] xlsx(Member reader, UUID sessionId, Locale locale) {
		Protocol p = protocol(reader, sessionId, locale);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet summary = book.createSheet(text("session.protocol.sheet.session", locale));
			row(summary, 0, text("session.protocol.title", locale), p.title());
			row(summary, 1, text("session.protocol.date", locale), p.date());
			row(summary, 2, text("session.protocol.facilitator", locale), p.facilitator());
			row(summary, 3, text("session.protocol.journeys", locale), p.journeys());
			row(summary, 4, text("session.protocol.rulesLabel", locale), p.rules() + " " + p.votingMode());
			Sheet participants = book.createSheet(text("session.protocol.sheet.participants", locale));
			row(participants, 0, text("session.protocol.name", locale), text("session.protocol.role", locale));
			for (int i = 0; i < p.participants().size(); i++) {
				row(participants, i + 1, p.participants().get(i).name(), p.participants().get(i).kind());
			}
			Sheet ideas = book.createSheet(text("session.protocol.sheet.ideas", locale));
			row(ideas, 0, text("session.protocol.touchpoint", locale), text("session.protocol.kind", locale),
					text("session.protocol.idea", locale), text("session.protocol.authors", locale),
					text("session.protocol.pain", locale), text("session.protocol.note", locale));
			for (int i = 0; i < p.ideas().size(); i++) {
				IdeaRow idea = p.ideas().get(i);
				row(ideas, i + 1, idea.place(), idea.kind(), idea.text(), idea.authors(), idea.pain(), idea.note());
			}
			Sheet votes = book.createSheet(text("session.protocol.sheet.votes", locale));
			if (p.anonymous()) {
				row(votes, 0, p.votingMode());
			}
			else {
				row(votes, 0, text("session.protocol.name", locale), text("session.protocol.idea", locale),
						text("session.protocol.nomination", locale), text("session.protocol.points", locale));
				for (int i = 0; i < p.votes().size(); i++) {
					VoteRow vote = p.votes().get(i);
					row(votes, i + 1, vote.participant(), vote.idea(), vote.nomination(), vote.points());
				}
			}
			for (Nomination nomination : Nomination.values()) {
				Sheet ranking = book.createSheet(text("session.nomination." + nomination, locale));
				row(ranking, 0, text("session.protocol.rank", locale), text("session.protocol.idea", locale),
						text("session.protocol.points", locale), text("session.protocol.voters", locale));
				List<RankRow> rows = nomination == Nomination.QUICK_WIN ? p.quickWins() : p.important();
				for (int i = 0; i < rows.size(); i++) {
					RankRow r = rows.get(i);
					row(ranking, i + 1, r.rank(), r.idea(), r.points(), r.voters());
				}
				ranking.setColumnWidth(1, 80 * 256);
			}
			ideas.setColumnWidth(0, 45 * 256);
			ideas.setColumnWidth(2, 70 * 256);
			votes.setColumnWidth(1, 70 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String css() {
		try (var in = SessionProtocols.class.getResourceAsStream("/documents/session-protocol.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The protocol's file name: the session's title, safe for any file system. */
	public String fileName(UUID sessionId, String extension) {
		return sessions.session(sessionId).title().replaceAll("[\\\\/:*?\"<>|]", " ").strip() + "." + extension;
	}

	private static void row(Sheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Integer number) {
				row.createCell(i).setCellValue(number);
			}
			else {
				row.createCell(i).setCellValue(String.valueOf(values[i]));
			}
		}
	}

	private static List<RankRow> ranking(SessionResults results, Nomination nomination) {
		return results.of(nomination).ideas().stream()
			.map(i -> new RankRow(i.rank(), i.text(), i.points(), i.voters())).toList();
	}

	private String place(TouchpointRef touchpoint, Locale locale) {
		return touchpoint == null ? text("session.protocol.wholeSession", locale)
				: touchpoint.stageName() + " — " + touchpoint.name();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	public record Protocol(String company, String title, String date, String facilitator, String journeys, String rules,
			String votingMode, List<PersonRow> participants, List<IdeaRow> ideas, List<VoteRow> votes,
			boolean anonymous, List<RankRow> quickWins, List<RankRow> important) {
	}

	public record PersonRow(String name, String kind) {
	}

	public record IdeaRow(String place, String kind, String text, String authors, String pain, String note) {
	}

	public record VoteRow(String participant, String idea, String nomination, int points) {
	}

	public record RankRow(int rank, String idea, int points, int voters) {
	}
}
