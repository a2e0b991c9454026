/**
 * 協働の種 (a trial of the city's plan): departments' needs, reviewed and published by coordinators, browsed by
 * members, and match suggestions between needs and groups with the FAQ's own Lucene/Kuromoji analysis. Key schema:
 * {@link jp.chigasaki.kyodo.needs.NeedStore}.
 */
package jp.chigasaki.kyodo.needs;
