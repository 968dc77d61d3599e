package org.serviceplan.session.web;

/** Examples for the OpenAPI document: the clinic's session on the patient-visit journey, the same ids throughout. */
final class SessionExamples {

	static final String SESSION = """
			{"id": "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f", "title": "Стратегическая сессия 2027",
			 "journeyIds": ["7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"],
			 "agenda": ["Обсуждение концепции", "Групповая работа на карте пути", "Мозговой штурм «как должно быть»",
			 "Приоритизация"], "currentStage": 3, "facilitatorId": "f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c",
			 "status": "OPEN", "brainstormingLocked": true, "voting": "OPEN", "resultsRevealed": false,
			 "quickWinBudget": 5, "importantBudget": 5, "maxPointsPerIdea": 3, "anonymous": true, "joinCode": "K7MXQ4",
			 "createdAt": "2026-12-02T09:00:00Z", "closedAt": null, "version": 4}""";

	static final String NEW_SESSION = """
			{"title": "Стратегическая сессия 2027", "journeyId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
			 "quickWinBudget": 5, "importantBudget": 5, "maxPointsPerIdea": 3, "anonymous": true}""";

	static final String IDEA = """
			{"id": "8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e", "text": "Перезванивать пропущенным за 15 минут",
			 "kind": "IDEAL", "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
			 "painId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "authorId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
			 "authorIds": ["2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"], "hidden": false, "mergedInto": null,
			 "createdAt": "2026-12-02T10:15:00Z", "version": 0}""";

	static final String NEW_IDEA = """
			{"text": "Перезванивать пропущенным за 15 минут", "kind": "IDEAL",
			 "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "painId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"}""";

	static final String PARTICIPANT = """
			{"id": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "personId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
			 "name": "Екатерина Иванова", "guest": false, "joinedAt": "2026-12-02T09:05:00Z"}""";

	static final String VOTE = """
			{"ideaId": "8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e", "nomination": "QUICK_WIN", "points": 2, "remaining": 3}""";

	static final String MY_VOTES = """
			{"remaining": {"QUICK_WIN": 3, "IMPORTANT": 5},
			 "votes": [{"ideaId": "8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e", "nomination": "QUICK_WIN", "points": 2}]}""";

	static final String RESULTS = """
			{"sessionId": "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f", "revealed": true, "anonymous": true, "nominations": [
			 {"nomination": "QUICK_WIN", "ideas": [{"rank": 1, "ideaId": "8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e",
			  "text": "Перезванивать пропущенным за 15 минут", "kind": "IDEAL",
			  "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "painId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
			  "points": 11, "voters": 5, "ballots": []}]},
			 {"nomination": "IMPORTANT", "ideas": [{"rank": 1, "ideaId": "8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e",
			  "text": "Перезванивать пропущенным за 15 минут", "kind": "IDEAL",
			  "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "painId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
			  "points": 2, "voters": 1, "ballots": []}]}]}""";

	static final String INTAKE = """
			{"planId": "9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f", "created": [{"taskId": "1e0d9c8b-7a6f-4e5d-8c4b-3a2f1e0d9c8b",
			 "title": "Перезванивать пропущенным за 15 минут", "block": "Быстрые победы",
			 "ideaId": "8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e", "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
			 "painId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"}], "skippedIdeaIds": []}""";

	static final String OVER_BUDGET = """
			{"title": "Ошибка проверки данных", "status": 422, "detail": "Бюджет номинации — 5 баллов, осталось 1.",
			 "errors": [{"field": "points", "message": "Бюджет номинации — 5 баллов, осталось 1."}],
			 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/sessions/3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f/ideas/8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e/votes/me"}""";

	static final String VOTING_CLOSED = """
			{"title": "Сессия не в том состоянии", "status": 409, "detail": "Голосование не открыто.",
			 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/sessions/3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f/ideas/8b7a6f5e-4d3c-4b2a-9f1e-0d9c8b7a6f5e/votes/me"}""";

	static final String NOT_REVEALED = """
			{"title": "Доступ запрещён", "status": 403, "detail": "Фасилитатор ещё не открыл результаты.",
			 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/sessions/3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f/results"}""";

	private SessionExamples() {
	}
}
