package org.serviceplan.plan.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.serviceplan.plan.internal.ServicePlans;
import org.serviceplan.plan.web.PlanJsons.MyTaskJson;
import org.serviceplan.plan.web.PlanJsons.OwedReportJson;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own work across the company's plans: what is due, what is late, which reports are owed. */
@RestController
@Tag(name = "My tasks", description = "The caller's open tasks and the reports they owe")
class MyTasksRestController {

	private final ServicePlans servicePlans;
	private final PlanAnswers answers;

	MyTasksRestController(ServicePlans servicePlans, PlanAnswers answers) {
		this.servicePlans = servicePlans;
		this.answers = answers;
	}

	@GetMapping(path = "/api/v1/workspaces/{ws}/my-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
	@Requires(Permission.VIEW_PLANS)
	@Operation(operationId = "listMyTasks", summary = "List my tasks",
			description = "The caller's open tasks (PLANNED or IN_PROGRESS) in approved and active plans, by due date: "
					+ "as responsible or co-executor, with `overdue`, and for the responsible the reports owed — "
					+ "open checkpoints already due, and the next one, where the task has to report and has not.")
	@ApiResponse(responseCode = "200", description = "The caller's tasks",
			content = @Content(array = @ArraySchema(schema = @Schema(implementation = MyTaskJson.class)),
					examples = @ExampleObject(name = "administrator", value = """
							[{"taskId": "a7b6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d",
							  "title": "Обучить администраторов скриптам приёма", "block": "Персонал",
							  "planId": "3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f", "planTitle": "Сервисный план 2027",
							  "planStatus": "ACTIVE", "role": "RESPONSIBLE", "startDate": "2027-02-01",
							  "dueDate": "2027-03-15", "status": "IN_PROGRESS", "overdue": true, "version": 2,
							  "reportsOwed": [{"checkpointId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
							    "date": "2027-03-31", "title": "Итоги I квартала"}]}]""")))
	List<MyTaskJson> myTasks(Member member) {
		LocalDate today = answers.today(member);
		return servicePlans.openTasksOf(member.personId(), today).stream().map(a -> new MyTaskJson(a.task().id(),
				a.task().title(), a.task().block(), a.plan().id(), a.plan().title(), a.plan().statusOn(today),
				member.personId().equals(a.task().responsibleId()) ? "RESPONSIBLE" : "CO_EXECUTOR",
				a.task().startDate(), a.task().dueDate(), a.task().status(), a.task().isOverdueOn(today),
				a.task().version(),
				a.reportsOwed().stream().map(c -> new OwedReportJson(c.id(), c.date(), c.title())).toList()))
			.toList();
	}
}
