package org.serviceplan.journey.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.serviceplan.journey.Idef0Function;

/**
 * The IDEF0 edit form of one node: its name and ICOM lists as text, one item per line, and the names of its
 * child functions, one per line (a child keeps its own lists when only renamed; a new line adds an empty one).
 */
record Idef0Form(String node, Long version, String name, String inputs, String controls, String outputs,
		String mechanisms, String children) {

	static Idef0Form empty(String node) {
		return new Idef0Form(node, null, "", "", "", "", "", "");
	}

	static Idef0Form of(Idef0Function function, String node, long version) {
		return new Idef0Form(node, version, function.name(), lines(function.inputs()), lines(function.controls()),
				lines(function.outputs()), lines(function.mechanisms()),
				lines(function.children().stream().map(Idef0Function::name).toList()));
	}

	/** The function with this form's fields; children matched by position keep their contents. */
	Idef0Function applyTo(Idef0Function current) {
		List<String> names = items(children);
		List<Idef0Function> kids = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			Idef0Function kept = i < current.children().size() ? current.children().get(i)
					: Idef0Function.of(names.get(i), List.of(), List.of(), List.of(), List.of());
			kids.add(new Idef0Function(kept.code(), names.get(i), kept.inputs(), kept.controls(), kept.outputs(),
					kept.mechanisms(), kept.children()));
		}
		return new Idef0Function(current.code(), name == null ? "" : name.strip(), items(inputs), items(controls),
				items(outputs), items(mechanisms), kids);
	}

	/** {@code tree} (drawn as {@code number}) with the node {@code target} replaced. */
	static Idef0Function replace(Idef0Function tree, String number, String target, Idef0Function replacement) {
		if (number.equals(target)) {
			return replacement;
		}
		List<Idef0Function> kids = new ArrayList<>();
		for (int i = 0; i < tree.children().size(); i++) {
			kids.add(replace(tree.children().get(i), Idef0Function.childNumber(number, i), target, replacement));
		}
		return tree.withChildren(kids);
	}

	// Trailing blank lines are the textarea's, not the user's; blank lines in between stay and are reported.
	private static List<String> items(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(Arrays.stream(text.strip().split("\\R")).map(String::strip).toList());
		return lines;
	}

	private static String lines(List<String> items) {
		return String.join("\n", items);
	}
}
