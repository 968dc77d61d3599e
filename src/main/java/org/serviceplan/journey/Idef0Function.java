package org.serviceplan.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.serviceplan.shared.BusinessRuleViolation;

/**
 * A business process in IDEF0 notation: one function box with its ICOM arrows — Inputs (left), Controls (top),
 * Outputs (right), Mechanisms (bottom) — and an optional decomposition into child functions. Stored as JSON as is
 * (a plain record of strings and lists); missing lists read as empty.
 * <p>
 * Node numbers follow IDEF0: the top function is A0, its children A1..An, the children of A1 are A11..A1n, of
 * A11 A111.. (see {@link #childNumber(String, int)}). {@code code} is the user's own reference (e.g. a process
 * code in their regulations) and may be empty.
 */
public record Idef0Function(String code, String name, List<String> inputs, List<String> controls,
		List<String> outputs, List<String> mechanisms, List<Idef0Function> children) {

	/** The node number of the top function of a diagram. */
	public static final String TOP = "A0";

	public static final int MAX_NAME = 200;
	public static final int MAX_CODE = 40;
	public static final int MAX_ITEM = 200;
	public static final int MAX_ITEMS = 12;
	/**
	 * IDEF0 (FIPS 183) allows 3 to 6 boxes on a decomposition diagram: more boxes make the arrows unreadable,
	 * and a process with more steps is meant to be grouped and decomposed a level deeper instead.
	 */
	public static final int MAX_CHILDREN = 6;
	/** A0 and three levels below it are plenty for one touchpoint; deeper trees are a sign of a wrong scope. */
	public static final int MAX_DEPTH = 4;

	public Idef0Function {
		code = code == null ? "" : code;
		inputs = copy(inputs);
		controls = copy(controls);
		outputs = copy(outputs);
		mechanisms = copy(mechanisms);
		children = children == null ? List.of() : List.copyOf(children);
	}

	/** A function without decomposition. */
	public static Idef0Function of(String name, List<String> inputs, List<String> controls, List<String> outputs,
			List<String> mechanisms) {
		return new Idef0Function("", name, inputs, controls, outputs, mechanisms, List.of());
	}

	/** The same function with these children. */
	public Idef0Function withChildren(List<Idef0Function> newChildren) {
		return new Idef0Function(code, name, inputs, controls, outputs, mechanisms, newChildren);
	}

	public boolean decomposed() {
		return !children.isEmpty();
	}

	/**
	 * The node number of the child at {@code index} (0-based) of the node {@code parent}: children of A0 are
	 * A1..A6, children of A1 are A11..A16, of A12 A121...
	 */
	public static String childNumber(String parent, int index) {
		Objects.requireNonNull(parent, "parent");
		if (index < 0 || index >= MAX_CHILDREN) {
			throw new IllegalArgumentException("child index must be 0.." + (MAX_CHILDREN - 1));
		}
		String base = TOP.equals(parent) ? "A" : parent;
		return base + (index + 1);
	}

	/** This function and every descendant, depth first, each with its node number ({@code A0} for this one). */
	public List<Node> nodes() {
		List<Node> nodes = new ArrayList<>();
		collect(this, TOP, nodes);
		return nodes;
	}

	private static void collect(Idef0Function function, String number, List<Node> nodes) {
		nodes.add(new Node(number, function));
		for (int i = 0; i < function.children.size() && i < MAX_CHILDREN; i++) {
			collect(function.children.get(i), childNumber(number, i), nodes);
		}
	}

	/** The function found at a node number, e.g. {@code A12}; empty when there is none. */
	public java.util.Optional<Idef0Function> find(String number) {
		return nodes().stream().filter(n -> n.number().equals(number)).map(Node::function).findFirst();
	}

	/**
	 * Every broken rule, each naming its field path ({@code children[1].inputs[0]}) and message key in the
	 * {@code journey} bundle; empty when the function is valid.
	 */
	public List<BusinessRuleViolation> violations() {
		List<BusinessRuleViolation> found = new ArrayList<>();
		check(this, "", 1, found);
		return found;
	}

	/** Throws the first broken rule, see {@link #violations()}. */
	public Idef0Function validated() {
		List<BusinessRuleViolation> found = violations();
		if (!found.isEmpty()) {
			throw found.get(0);
		}
		return this;
	}

	private static void check(Idef0Function f, String path, int depth, List<BusinessRuleViolation> found) {
		if (f.name == null || f.name.isBlank()) {
			found.add(new BusinessRuleViolation(path + "name", "journey.idef0.rule.name.required"));
		}
		else if (f.name.length() > MAX_NAME) {
			found.add(new BusinessRuleViolation(path + "name", "journey.idef0.rule.name.too-long", MAX_NAME));
		}
		if (f.code.length() > MAX_CODE) {
			found.add(new BusinessRuleViolation(path + "code", "journey.idef0.rule.code.too-long", MAX_CODE));
		}
		checkItems(f.inputs, path + "inputs", found);
		checkItems(f.controls, path + "controls", found);
		checkItems(f.outputs, path + "outputs", found);
		checkItems(f.mechanisms, path + "mechanisms", found);
		if (f.children.size() > MAX_CHILDREN) {
			found.add(new BusinessRuleViolation(path + "children", "journey.idef0.rule.children.too-many", MAX_CHILDREN));
		}
		if (!f.children.isEmpty() && depth >= MAX_DEPTH) {
			found.add(new BusinessRuleViolation(path + "children", "journey.idef0.rule.children.too-deep", MAX_DEPTH));
			return;
		}
		for (int i = 0; i < f.children.size(); i++) {
			Idef0Function child = f.children.get(i);
			String childPath = path + "children[" + i + "]";
			if (child == null) {
				found.add(new BusinessRuleViolation(childPath, "journey.idef0.rule.name.required"));
			}
			else {
				check(child, childPath + ".", depth + 1, found);
			}
		}
	}

	private static void checkItems(List<String> items, String path, List<BusinessRuleViolation> found) {
		if (items.size() > MAX_ITEMS) {
			found.add(new BusinessRuleViolation(path, "journey.idef0.rule.items.too-many", MAX_ITEMS));
		}
		for (int i = 0; i < items.size(); i++) {
			String item = items.get(i);
			if (item == null || item.isBlank()) {
				found.add(new BusinessRuleViolation(path + "[" + i + "]", "journey.idef0.rule.item.blank"));
			}
			else if (item.length() > MAX_ITEM) {
				found.add(new BusinessRuleViolation(path + "[" + i + "]", "journey.idef0.rule.item.too-long", MAX_ITEM));
			}
		}
	}

	// List.copyOf refuses nulls; a blank or null item must reach violations() to be reported with its path
	private static List<String> copy(List<String> items) {
		return items == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(items));
	}

	/** A function with its node number. */
	public record Node(String number, Idef0Function function) {
	}
}
