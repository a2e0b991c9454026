package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The emulator's rich menu endpoint: which menu a chat shows, its picture, and a tab switch as a signed postback. */
@LocalRunTest
class RichMenuEndpointIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void theStaffPersonaGetsTheStaffMenuTheMemberTheDefaultAndAGroupNone() throws Exception {
		assertThat(JSON.readTree(get("/emulator/api/chats/staff/richmenu").body()).path("id").asString())
			.isEqualTo("staff");
		JsonNode member = JSON.readTree(get("/emulator/api/chats/member/richmenu").body());
		assertThat(member.path("id").asString()).isEqualTo("member");
		assertThat(member.path("areas").get(1).path("action").toString()).isEqualTo(
				"{\"label\":\"できること\",\"type\":\"richmenuswitch\",\"richMenuAliasId\":\"kyodo-member-possible\","
						+ "\"menuId\":\"member-possible\"}");
		assertThat(get("/emulator/api/chats/group/richmenu").statusCode()).isEqualTo(204);
		assertThat(get("/emulator/api/chats/nobody/richmenu").statusCode()).isEqualTo(404);
	}

	@Test
	void thePictureIsThePngOfTheMenusSize() throws Exception {
		HttpResponse<byte[]> image = HTTP.send(request("/emulator/api/richmenus/member/image").build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(ImageIO.read(new ByteArrayInputStream(image.body())).getHeight()).isEqualTo(1686);
	}

	@Test
	void aTabSwitchIsASignedPostbackThatTheCallbackAccepts() throws Exception {
		HttpResponse<String> response = HTTP.send(request("/emulator/api/chats/member/richmenu/switch")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"menuId\":\"member-possible\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());

		JsonNode answer = JSON.readTree(response.body());
		assertThat(answer.path("id").asString()).isEqualTo("member-possible");
		assertThat(answer.path("status").asInt()).as("the /callback status").isEqualTo(200);
		assertThat(HTTP.send(request("/emulator/api/chats/member/richmenu/switch").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("menuId=member")).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(415);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}
}
