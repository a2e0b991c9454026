package jp.chigasaki.kyodo.dialogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * How the dialogue behaves. The confidence thresholds of the bands belong to {@code kyodo.matching.*}.
 *
 * @param missesBeforeHandoff consecutive unanswered messages after which the bot hands over to a coordinator
 * @param clarifyOptions how many candidates a clarify offers (LINE shows them as quick replies)
 * @param relatedOptions how many related entries an answer offers as follow-ups
 * @param maxQuestionLength characters of a message that are classified; the rest is ignored
 * @param switchboardDepartment department id of the city's switchboard, named for out-of-scope questions
 * @param coordinatorDepartment department id of the coordinators who sit in the middle when nobody else fits
 * @param introductionsEntry FAQ entry id of who introduces groups to each other and to the people looking for them
 *        (サポセンのコーディネート), answered when a question asks to be put in touch with groups and no entry is sure
 * @param volunteeringEntry FAQ entry id of where to ask about taking part (サポセンの相談), answered when someone wants
 *        to volunteer or do something locally, asks where to start, names no field a department handles and no entry
 *        is sure
 * @param roomsEntry FAQ entry id of the city's rooms for groups (公民館), answered when someone looks for a room to
 *        meet in without naming a facility and no entry is sure
 */
@Validated
@ConfigurationProperties("kyodo.dialogue")
public record DialogueProperties(@Min(1) @DefaultValue("2") int missesBeforeHandoff,
		@Min(1) @Max(3) @DefaultValue("3") int clarifyOptions, @Min(0) @Max(5) @DefaultValue("3") int relatedOptions,
		@Min(1) @Max(5000) @DefaultValue("2000") int maxQuestionLength,
		@NotBlank @DefaultValue("city-main") String switchboardDepartment,
		@NotBlank @DefaultValue("shimin-jichi-kyodo") String coordinatorDepartment,
		@NotBlank @DefaultValue("sapocen-matching") String introductionsEntry,
		@NotBlank @DefaultValue("sapocen-consultation") String volunteeringEntry,
		@NotBlank @DefaultValue("room-kominkan") String roomsEntry) {

	/** The defaults, for the commands that run without Spring. */
	public static DialogueProperties defaults() {
		return new DialogueProperties(2, 3, 3, 2000, "city-main", "shimin-jichi-kyodo", "sapocen-matching",
				"sapocen-consultation", "room-kominkan");
	}
}
