package jp.chigasaki.kyodo.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.chigasaki.kyodo.escalation.internal.TicketStore;

/** Claim, transitions, queue access and the audit trail against a real redis-server. */
class EscalationQueueIntegrationTests extends EscalationTestContext {

	private static final Coordinator CITY = new Coordinator("city", "市の担当", Set.of(Ticket.Queue.CITY), false);
	private static final Coordinator CITY2 = new Coordinator("city2", "市の担当2", Set.of(Ticket.Queue.CITY), false);
	private static final Coordinator CENTER = new Coordinator("center", "サポセン", Set.of(Ticket.Queue.CENTER), false);
	private static final Coordinator ADMIN = new Coordinator("admin", "管理者", Set.of(Ticket.Queue.values()), true);

	@Autowired
	EscalationQueue queue;

	@Autowired
	TicketStore store;

	@Test
	void ofFiftyConcurrentClaimsExactlyOneWinsAndTheRestConflict() throws Exception {
		long id = openTicket(newUser());
		int claimers = 50;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(claimers);
		List<Future<String>> results = new ArrayList<>();
		try {
			for (int i = 0; i < claimers; i++) {
				Coordinator claimer = new Coordinator("coordinator-" + i, "担当" + i, Set.of(Ticket.Queue.CITY), false);
				Callable<String> claim = () -> {
					start.await();
					try {
						queue.claim(id, claimer);
						return "won:" + claimer.username();
					}
					catch (TicketException.Conflict ex) {
						return "409";
					}
				};
				results.add(pool.submit(claim));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get());
			}
			assertThat(outcomes).filteredOn(outcome -> outcome.startsWith("won:")).hasSize(1);
			assertThat(outcomes).filteredOn("409"::equals).hasSize(claimers - 1);
			String winner = outcomes.stream().filter(o -> o.startsWith("won:")).findFirst().orElseThrow().substring(4);
			assertThat(queue.find(id, CITY).assignee()).isEqualTo(winner);
			assertThat(store.audit(id)).filteredOn(entry -> "claim".equals(entry.get("action"))).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void illegalTransitionsAreRefusedAndChangeNothing() {
		long id = openTicket(newUser());

		assertThatThrownBy(() -> queue.resolve(id, CITY)).isInstanceOf(TicketException.Conflict.class);
		assertThatThrownBy(() -> queue.reply(id, CITY, "こんにちは")).isInstanceOf(TicketException.Conflict.class);
		queue.claim(id, CITY);
		assertThatThrownBy(() -> queue.claim(id, CITY2)).isInstanceOf(TicketException.Conflict.class);
		assertThatThrownBy(() -> queue.resolve(id, CITY2)).isInstanceOf(TicketException.Conflict.class)
			.hasMessageContaining("他の担当者が対応中");
		queue.resolve(id, CITY);
		assertThatThrownBy(() -> queue.claim(id, CITY)).isInstanceOf(TicketException.Conflict.class)
			.hasMessageContaining("解決済み");
		assertThatThrownBy(() -> queue.returnToBot(id, CITY)).isInstanceOf(TicketException.Conflict.class);
		assertThatThrownBy(() -> queue.transfer(id, CITY, "サポセン向き")).isInstanceOf(TicketException.Conflict.class);

		assertThat(queue.find(id, CITY).state()).isEqualTo(Ticket.State.RESOLVED);
		assertThat(store.audit(id)).extracting(entry -> entry.get("action"))
			.containsExactly("create", "claim", "resolve");
	}

	@Test
	void theOtherQueueIsForbiddenButAnAdminSeesBoth() {
		long id = openTicket(newUser());

		assertThatThrownBy(() -> queue.find(id, CENTER)).isInstanceOf(TicketException.OtherQueue.class);
		assertThatThrownBy(() -> queue.claim(id, CENTER)).isInstanceOf(TicketException.OtherQueue.class);
		assertThat(queue.find(id, ADMIN).queue()).isEqualTo(Ticket.Queue.CITY);
		assertThatThrownBy(() -> queue.find(Long.MAX_VALUE, ADMIN)).isInstanceOf(TicketException.NotFound.class);
	}

	@Test
	void transferMovesTheTicketToTheOtherQueueWithItsReason() {
		long id = openTicket(newUser());
		queue.claim(id, CITY);

		Ticket moved = queue.transfer(id, CITY, "団体運営の相談のためサポセンへ");

		assertThat(moved.queue()).isEqualTo(Ticket.Queue.CENTER);
		assertThat(moved.state()).isEqualTo(Ticket.State.WAITING);
		assertThat(moved.assignee()).isNull();
		assertThat(moved.transferReason()).isEqualTo("団体運営の相談のためサポセンへ");
		assertThat(queue.openTickets(Ticket.Queue.CENTER)).extracting(Ticket::id).contains(id);
		assertThat(queue.openTickets(Ticket.Queue.CITY)).extracting(Ticket::id).doesNotContain(id);
		assertThatThrownBy(() -> queue.find(id, CITY)).isInstanceOf(TicketException.OtherQueue.class);
		Map<Object, Object> transfer = store.audit(id).get(2);
		assertThat(transfer).containsEntry("action", "transfer").containsEntry("actor", "city")
			.containsEntry("reason", "団体運営の相談のためサポセンへ").containsKey("at");
	}

	@Test
	void aTransferNeedsAReason() {
		long id = openTicket(newUser());

		assertThatThrownBy(() -> queue.transfer(id, CITY, " ")).isInstanceOf(TicketException.Invalid.class);
	}

	@Test
	void anAdminMayResolveATicketClaimedBySomeoneElse() {
		long id = openTicket(newUser());
		queue.claim(id, CITY);

		assertThat(queue.resolve(id, ADMIN).state()).isEqualTo(Ticket.State.RESOLVED);
		assertThat(store.audit(id)).last().satisfies(entry -> assertThat(entry).containsEntry("actor", "admin"));
	}
}
