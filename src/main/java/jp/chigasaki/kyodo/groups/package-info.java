/**
 * 団体登録 (a trial of the city's plan): civic groups register in LINE with consent to share their profile with
 * city departments, edit and erase it; coordinators see and edit groups in the console. Key schema:
 * {@link jp.chigasaki.kyodo.groups.GroupStore}.
 */
package jp.chigasaki.kyodo.groups;
