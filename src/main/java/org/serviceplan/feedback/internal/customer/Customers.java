package org.serviceplan.feedback.internal.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current workspace's customer table, its economics, and the churn and LTV computed from them. */
@Service
@Transactional
public class Customers {

	private final CustomerRepository customers;
	private final EconomicsRepository economics;

	Customers(CustomerRepository customers, EconomicsRepository economics) {
		this.customers = customers;
		this.economics = economics;
	}

	/** Replaces the whole table with the rows read from a file. */
	public void replaceAll(List<CustomerRow> rows) {
		customers.removeAll();
		customers.flush();
		customers.saveAll(rows.stream().map(Customer::new).toList());
	}

	@Transactional(readOnly = true)
	public List<CustomerRow> all() {
		return customers.findAll().stream().map(Customer::row).toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return customers.count();
	}

	/** The workspace's economics, or the defaults (not stored) until someone states them. */
	@Transactional(readOnly = true)
	public EconomicsView economics() {
		return economics.findFirstBy()
			.map(e -> new EconomicsView(e.grossMargin(), e.inactivityDays(), e.version(), true))
			.orElse(new EconomicsView(Economics.DEFAULT_MARGIN, Economics.DEFAULT_INACTIVITY_DAYS, null, false));
	}

	public void stateEconomics(BigDecimal grossMargin, Integer inactivityDays, Long expectedVersion) {
		int days = inactivityDays == null ? 0 : inactivityDays;
		economics.findFirstBy()
			.ifPresentOrElse(e -> e.state(grossMargin, days, expectedVersion),
					() -> economics.save(new Economics(grossMargin, days)));
	}

	/** Churn of each of the {@code months} whole months before the month of {@code today}, oldest first. */
	@Transactional(readOnly = true)
	public List<ChurnRate> monthlyChurn(LocalDate today, int months) {
		List<CustomerRow> rows = all();
		int inactivity = economics().inactivityDays();
		List<ChurnRate> churn = new ArrayList<>(months);
		LocalDate thisMonth = today.withDayOfMonth(1);
		for (int i = months; i >= 1; i--) {
			LocalDate start = thisMonth.minusMonths(i);
			churn.add(ChurnRate.over(rows, start, start.plusMonths(1), inactivity));
		}
		return churn;
	}

	/** LTV with the churn pooled over the last twelve whole months. */
	@Transactional(readOnly = true)
	public Ltv ltv(LocalDate today) {
		return Ltv.of(all(), economics().grossMargin(), monthlyChurn(today, 12));
	}

	/**
	 * Churn of each whole month from {@code first} to {@code last} (both included) and the LTV with the churn
	 * pooled over them, of one segment's customers or (without one) of all: the page's figures over any months.
	 */
	@Transactional(readOnly = true)
	public CustomerEconomics over(YearMonth first, YearMonth last, String segment) {
		String wanted = segment == null || segment.isBlank() ? null : segment.strip();
		List<CustomerRow> rows = all().stream().filter(c -> wanted == null || wanted.equals(c.segment())).toList();
		EconomicsView stated = economics();
		List<ChurnRate> churn = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			churn.add(ChurnRate.over(rows, month.atDay(1), month.plusMonths(1).atDay(1), stated.inactivityDays()));
		}
		return new CustomerEconomics(rows.size(), stated, churn, Ltv.of(rows, stated.grossMargin(), churn));
	}

	/** What churn and LTV were computed from and what they came to, month by month. */
	public record CustomerEconomics(int customers, EconomicsView economics, List<ChurnRate> churn, Ltv ltv) {
	}

	/** The economics as the page shows and edits them; {@code stated} is false while they are the defaults. */
	public record EconomicsView(BigDecimal grossMargin, int inactivityDays, Long version, boolean stated) {
	}
}
