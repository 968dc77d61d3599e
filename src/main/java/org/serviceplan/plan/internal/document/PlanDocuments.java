package org.serviceplan.plan.internal.document;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.serviceplan.plan.internal.BudgetTable;
import org.serviceplan.plan.internal.Goal;
import org.serviceplan.plan.internal.PlanTask;
import org.serviceplan.plan.internal.ServicePlan;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.internal.document.PlanDocument.Block;
import org.serviceplan.plan.internal.document.PlanDocument.CheckpointRow;
import org.serviceplan.plan.internal.document.PlanDocument.GoalRow;
import org.serviceplan.plan.internal.document.PlanDocument.Person;
import org.serviceplan.plan.internal.document.PlanDocument.TaskRow;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.Workspaces.PersonSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as a document to put on the owner's table (seed 000): PDF or DOCX, in the reader's language, with
 * the title page, introduction, people, checkpoints, global tasks, tasks by block, budget and the approval.
 */
@Service
@Transactional(readOnly = true)
public class PlanDocuments {

	/** The formats a plan is exported in. */
	public enum Format {

		PDF("application/pdf", "pdf"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

		private final String contentType;
		private final String extension;

		Format(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public String contentType() {
			return contentType;
		}

		public String extension() {
			return extension;
		}

		/** {@code pdf} or {@code docx}, any case; anything else is refused naming the field. */
		public static Format of(String name) {
			for (Format format : values()) {
				if (format.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
					return format;
				}
			}
			throw new BusinessRuleViolation("format", "document.format.unknown", name);
		}
	}

	/** A finished document: its file name (the plan's title) and bytes. */
	public record File(String fileName, String contentType, byte[] content) {
	}

	private final ServicePlans plans;
	private final Workspaces workspaces;
	private final PdfWriter pdf;
	private final DocxWriter docx;
	private final Clock clock;

	PlanDocuments(ServicePlans plans, Workspaces workspaces, PdfWriter pdf, DocxWriter docx, Clock clock) {
		this.plans = plans;
		this.workspaces = workspaces;
		this.pdf = pdf;
		this.docx = docx;
		this.clock = clock;
	}

	public File export(Member member, UUID planId, Format format, Locale locale) {
		PlanDocument document = document(member, planId);
		byte[] content = switch (format) {
			case PDF -> pdf.write(document, locale);
			case DOCX -> docx.write(document, locale);
		};
		return new File(fileName(document.title()) + "." + format.extension(), format.contentType(), content);
	}

	/** The plan read once, with names and roles resolved and the tasks grouped by block in the editor's order. */
	public PlanDocument document(Member member, UUID planId) {
		ServicePlan plan = plans.plan(planId);
		Map<UUID, PersonSummary> people = workspaces.people().stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		Function<UUID, String> name = id -> id == null ? null
				: people.containsKey(id) ? people.get(id).name() : "?";
		Function<UUID, Person> person = id -> id == null ? null
				: new Person(name.apply(id), people.containsKey(id) ? people.get(id).role() : null);
		Map<UUID, String> goalTitles = plan.goals().stream().collect(Collectors.toMap(Goal::id, Goal::title));
		Map<String, List<TaskRow>> byBlock = new LinkedHashMap<>();
		for (PlanTask task : plan.tasks()) {
			byBlock.computeIfAbsent(task.block(), b -> new ArrayList<>()).add(new TaskRow(task.title(),
					goalTitles.get(task.goalId()), name.apply(task.responsibleId()),
					task.coExecutorIds().stream().map(name).sorted().toList(), task.startDate(), task.dueDate(),
					task.expectedResult(), task.targetMetric(), task.targetValue(), task.reportingFormat(),
					task.budgetAmount(), task.budgetCurrency(), task.budgetSource(), task.reward()));
		}
		List<Person> authors = plan.authorIds().stream()
			.filter(id -> !id.equals(plan.leadId()))
			.map(person)
			.sorted(Comparator.comparing(Person::name))
			.toList();
		LocalDate today = LocalDate.now(clock.withZone(member.timezone()));
		return new PlanDocument(member.workspaceName(), plan.title(), plan.period().start(), plan.period().end(),
				plan.statusOn(today), plan.introduction(), person.apply(plan.leadId()), authors,
				name.apply(plan.approvedBy()),
				plan.approvedAt() == null ? null : plan.approvedAt().atZone(member.timezone()),
				plan.checkpoints().stream().map(c -> new CheckpointRow(c.date(), c.title())).toList(),
				plan.goals().stream().map(g -> new GoalRow(g.title(), g.description(),
						(int) plan.tasks().stream().filter(t -> t.goalId().equals(g.id())).count())).toList(),
				byBlock.entrySet().stream().map(e -> new Block(e.getKey(), List.copyOf(e.getValue()))).toList(),
				BudgetTable.of(plan.tasks(), Map.<UUID, BigDecimal>of(), plan.currency()));
	}

	/** The title as a file name: characters that file systems refuse become spaces. */
	static String fileName(String title) {
		String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
		return cleaned.isEmpty() ? "plan" : cleaned;
	}
}
