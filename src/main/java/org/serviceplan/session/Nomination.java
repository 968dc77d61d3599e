package org.serviceplan.session;

/**
 * The two nominations of seed 001 ("Игровой элемент"): quick wins (быстрые победы: fast result, small effort) and
 * important results (важный результат: big impact, needs resources). Each has its own point budget.
 */
public enum Nomination {
	QUICK_WIN, IMPORTANT
}
