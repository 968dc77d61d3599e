package org.serviceplan.history.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.serviceplan.history.internal.History;
import org.serviceplan.history.internal.HistoryEntry;
import org.serviceplan.history.internal.HistoryFilter;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.shared.RecordType;
import org.serviceplan.shared.RecordTypes;
import org.serviceplan.workspace.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/w/{ws}/history")
class HistoryController {

	static final String WORKSPACE = "history/workspace";
	static final String RECORD = "history/record";

	private final History history;
	private final RecordTypes types;

	HistoryController(History history, RecordTypes types) {
		this.history = history;
		this.types = types;
	}

	@GetMapping
	@Requires(Permission.VIEW_HISTORY)
	String workspace(Member member, @RequestParam(required = false) RecordType type,
			@RequestParam(required = false) UUID by, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		var filter = new HistoryFilter(type, by);
		model.addAttribute("filter", filter);
		model.addAttribute("types", types.all());
		model.addAttribute("actors", history.actors(member));
		model.addAttribute("history", history.ofWorkspace(member, filter, page, locale));
		return WORKSPACE;
	}

	@GetMapping("/{type}/{id}")
	@Requires(Permission.VIEW_HISTORY)
	String record(Member member, @PathVariable RecordType type, @PathVariable UUID id, Locale locale, Model model) {
		List<HistoryEntry> entries = history.ofRecord(member, type, id, locale);
		model.addAttribute("type", type);
		model.addAttribute("recordName", entries.get(0).recordName());
		model.addAttribute("entries", entries);
		return RECORD;
	}
}
