package jp.chigasaki.kyodo.matching;

/** An FAQ entry or menu item the question may be about, with a confidence in [0,1]. */
public record Candidate(String faqId, String title, double confidence) {
}
