package jp.chigasaki.kyodo;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Says at the start of the run, once, that the browser tests will fail and how to fix it, instead of letting a
 * newcomer find out minutes later. Registered in {@code META-INF/services}.
 */
public final class BrowserPrerequisitesListener implements TestExecutionListener {

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		if (BrowserPrerequisites.problem().isEmpty() || !hasBrowserTests(plan)) {
			return;
		}
		System.err.println("\n*** " + BrowserPrerequisites.problem().get() + " ***\n");
	}

	private static boolean hasBrowserTests(TestPlan plan) {
		return plan.getRoots()
			.stream()
			.flatMap(root -> plan.getDescendants(root).stream())
			.anyMatch(test -> test.getSource()
				.filter(ClassSource.class::isInstance)
				.map(source -> ((ClassSource) source).getClassName().endsWith("BrowserIntegrationTests"))
				.orElse(false));
	}
}
