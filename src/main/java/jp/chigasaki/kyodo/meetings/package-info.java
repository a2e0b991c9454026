/**
 * 協働のマッチング（事前打ち合わせ, a trial of the city's plan): coordinators of 市民自治推進課 and サポセン sit in
 * the middle and propose a meeting between a department and a group; both confirm or decline in LINE. Key schema:
 * {@link jp.chigasaki.kyodo.meetings.MeetingStore}.
 */
package jp.chigasaki.kyodo.meetings;
