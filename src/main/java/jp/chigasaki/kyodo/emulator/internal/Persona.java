package jp.chigasaki.kyodo.emulator.internal;

/** A LINE user the emulator can speak as; the ids are fixed so that configuration can name them (staff ids). */
record Persona(String userId, String displayName) {

	static final Persona BOT = new Persona("U32f5a395eec5cb237484284d55d790ad", "協働コンシェルジュ");
	static final Persona MEMBER = new Persona("U2c84ef9ad0ff7cdca0d759b09337818e", "佐藤 花子");
	static final Persona STAFF = new Persona("Ueed6d902293b86f6807b8d6f883332f4", "田中 一郎（市職員）");
	static final Persona SUZUKI = new Persona("U837882689429ce2e8af3419497a4c0da", "鈴木 健");
	static final Persona TAKAHASHI = new Persona("Uf2d537299006976b074f0f7359e3f910", "高橋 美咲");
	/** Coordinators in their LINE group; the console accounts {@code city} and {@code center} carry these ids. */
	static final Persona CITY_COORDINATOR = new Persona("Ua712a31c6cec0dfb9685bfd2273d6dcd", "山田（市 協働推進担当）");
	static final Persona CENTER_COORDINATOR = new Persona("Uf7e235d0f3607fe86a2e01016ad732c1", "小林（サポセン）");
}
