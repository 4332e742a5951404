/**
 * The Convention's own terms, as its official texts write them, in the six UN languages. The
 * translation catalogs (./catalogs) use these forms and nothing else; tests/unit/i18n-catalogs.test.ts
 * checks that no catalog keeps the English form of a term that has a translation here.
 *
 * Sources:
 * - the authentic texts of the Convention on Cluster Munitions (Dublin, 30 May 2008; Article 23:
 *   Arabic, Chinese, English, French, Russian and Spanish texts equally authentic), deposited with
 *   the Secretary-General of the United Nations (UN Treaty Collection, chapter XXVI-6);
 * - UNTERM, the United Nations terminology database, for the UN's own bodies and names (General
 *   Assembly, regional groups, Secretary-General, trust fund, implementation support unit, votes).
 *
 * Where a language has no separate form (Chinese 缔约国 is both singular and plural) the same
 * text appears twice; where it equals the English form (French "ratification") it is the same word.
 */
export type UnLanguage = 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru';
export type GlossaryEntry = Readonly<Record<UnLanguage, string>>;

export const glossary = {
	conventionFull: {
		en: 'Convention on Cluster Munitions',
		fr: 'Convention sur les armes à sous-munitions',
		es: 'Convención sobre Municiones en Racimo',
		ar: 'اتفاقية الذخائر العنقودية',
		zh: '《集束弹药公约》',
		ru: 'Конвенция по кассетным боеприпасам'
	},
	conventionShort: {
		en: 'the Convention',
		fr: 'la Convention',
		es: 'la Convención',
		ar: 'الاتفاقية',
		zh: '《公约》',
		ru: 'Конвенция'
	},
	stateParty: {
		en: 'State Party',
		fr: 'État partie',
		es: 'Estado Parte',
		ar: 'دولة طرف',
		zh: '缔约国',
		ru: 'государство-участник'
	},
	statesParties: {
		en: 'States Parties',
		fr: 'États parties',
		es: 'Estados Partes',
		ar: 'الدول الأطراف',
		zh: '缔约国',
		ru: 'государства-участники'
	},
	signatory: {
		en: 'signatory',
		fr: 'signataire',
		es: 'signatario',
		ar: 'دولة موقعة',
		zh: '签署国',
		ru: 'подписавшее государство'
	},
	signatories: {
		en: 'signatories',
		fr: 'signataires',
		es: 'signatarios',
		ar: 'الدول الموقعة',
		zh: '签署国',
		ru: 'подписавшие государства'
	},
	ratification: {
		en: 'ratification',
		fr: 'ratification',
		es: 'ratificación',
		ar: 'التصديق',
		zh: '批准',
		ru: 'ратификация'
	},
	accession: {
		en: 'accession',
		fr: 'adhésion',
		es: 'adhesión',
		ar: 'الانضمام',
		zh: '加入',
		ru: 'присоединение'
	},
	acceptance: {
		en: 'acceptance',
		fr: 'acceptation',
		es: 'aceptación',
		ar: 'القبول',
		zh: '接受',
		ru: 'принятие'
	},
	approval: {
		en: 'approval',
		fr: 'approbation',
		es: 'aprobación',
		ar: 'الموافقة',
		zh: '核准',
		ru: 'утверждение'
	},
	succession: {
		en: 'succession',
		fr: 'succession',
		es: 'sucesión',
		ar: 'الخلافة',
		zh: '继承',
		ru: 'правопреемство'
	},
	entryIntoForce: {
		en: 'entry into force',
		fr: 'entrée en vigueur',
		es: 'entrada en vigor',
		ar: 'بدء النفاذ',
		zh: '生效',
		ru: 'вступление в силу'
	},
	withdrawal: {
		// Article 20 of the Spanish text is headed "Duración y denuncia".
		en: 'withdrawal',
		fr: 'retrait',
		es: 'denuncia',
		ar: 'الانسحاب',
		zh: '退出',
		ru: 'выход'
	},
	meetingOfStatesParties: {
		// Article 11 of the French text: "Assemblée des États parties".
		en: 'Meeting of States Parties',
		fr: 'Assemblée des États parties',
		es: 'Reunión de los Estados Partes',
		ar: 'اجتماع الدول الأطراف',
		zh: '缔约国会议',
		ru: 'Совещание государств-участников'
	},
	implementationSupportUnit: {
		en: 'Implementation Support Unit',
		fr: 'Unité d’appui à l’application',
		es: 'Dependencia de Apoyo a la Aplicación',
		ar: 'وحدة دعم التنفيذ',
		zh: '执行支助股',
		ru: 'Группа имплементационной поддержки'
	},
	transparencyReport: {
		// Article 7 is headed "Transparency measures" in every text.
		en: 'transparency report',
		fr: 'rapport sur les mesures de transparence',
		es: 'informe de transparencia',
		ar: 'تقرير الشفافية',
		zh: '透明度报告',
		ru: 'доклад о мерах транспарентности'
	},
	article7Report: {
		en: 'Article 7 report',
		fr: 'rapport au titre de l’article 7',
		es: 'informe del artículo 7',
		ar: 'التقرير المقدم بموجب المادة 7',
		zh: '第7条报告',
		ru: 'доклад по статье 7'
	},
	initialReport: {
		en: 'initial report',
		fr: 'rapport initial',
		es: 'informe inicial',
		ar: 'التقرير الأولي',
		zh: '初次报告',
		ru: 'первоначальный доклад'
	},
	annualReport: {
		en: 'annual report',
		fr: 'rapport annuel',
		es: 'informe anual',
		ar: 'التقرير السنوي',
		zh: '年度报告',
		ru: 'ежегодный доклад'
	},
	trustFund: {
		en: 'Trust Fund',
		fr: 'Fonds d’affectation spéciale',
		es: 'Fondo Fiduciario',
		ar: 'الصندوق الاستئماني',
		zh: '信托基金',
		ru: 'Целевой фонд'
	},
	isuTrustFund: {
		// The ISU's own name for its fund ("ISU Trust Fund"): the fund of the Implementation Support Unit.
		en: 'ISU Trust Fund',
		fr: 'Fonds d’affectation spéciale de l’Unité d’appui à l’application',
		es: 'Fondo Fiduciario de la Dependencia de Apoyo a la Aplicación',
		ar: 'الصندوق الاستئماني لوحدة دعم التنفيذ',
		zh: '执行支助股信托基金',
		ru: 'Целевой фонд Группы имплементационной поддержки'
	},
	sponsorshipProgramme: {
		en: 'Sponsorship Programme',
		fr: 'Programme de parrainage',
		es: 'Programa de Patrocinio',
		ar: 'برنامج الرعاية',
		zh: '赞助方案',
		ru: 'Программа спонсорства'
	},
	generalAssembly: {
		en: 'General Assembly',
		fr: 'Assemblée générale',
		es: 'Asamblea General',
		ar: 'الجمعية العامة',
		zh: '大会',
		ru: 'Генеральная Ассамблея'
	},
	unGeneralAssembly: {
		en: 'UN General Assembly',
		fr: 'Assemblée générale des Nations Unies',
		es: 'Asamblea General de las Naciones Unidas',
		ar: 'الجمعية العامة للأمم المتحدة',
		zh: '联合国大会',
		ru: 'Генеральная Ассамблея ООН'
	},
	resolution: {
		en: 'resolution',
		fr: 'résolution',
		es: 'resolución',
		ar: 'القرار',
		zh: '决议',
		ru: 'резолюция'
	},
	voteYes: {
		en: 'Yes',
		fr: 'Pour',
		es: 'Sí',
		ar: 'مؤيد',
		zh: '赞成',
		ru: 'За'
	},
	voteNo: {
		en: 'No',
		fr: 'Contre',
		es: 'No',
		ar: 'معارض',
		zh: '反对',
		ru: 'Против'
	},
	voteAbstain: {
		en: 'Abstain',
		fr: 'Abstention',
		es: 'Abstención',
		ar: 'ممتنع',
		zh: '弃权',
		ru: 'Воздержался'
	},
	africanGroup: {
		en: 'African Group',
		fr: 'Groupe des États d’Afrique',
		es: 'Grupo de los Estados de África',
		ar: 'مجموعة الدول الأفريقية',
		zh: '非洲国家组',
		ru: 'Группа африканских государств'
	},
	asiaPacificGroup: {
		en: 'Asia-Pacific Group',
		fr: 'Groupe des États d’Asie et du Pacifique',
		es: 'Grupo de los Estados de Asia y el Pacífico',
		ar: 'مجموعة دول آسيا والمحيط الهادئ',
		zh: '亚洲－太平洋国家组',
		ru: 'Группа азиатско-тихоокеанских государств'
	},
	easternEuropeanGroup: {
		en: 'Eastern European Group',
		fr: 'Groupe des États d’Europe orientale',
		es: 'Grupo de los Estados de Europa Oriental',
		ar: 'مجموعة دول أوروبا الشرقية',
		zh: '东欧国家组',
		ru: 'Группа восточноевропейских государств'
	},
	latinAmericanCaribbeanGroup: {
		en: 'Latin American and Caribbean Group',
		fr: 'Groupe des États d’Amérique latine et des Caraïbes',
		es: 'Grupo de los Estados de América Latina y el Caribe',
		ar: 'مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي',
		zh: '拉丁美洲和加勒比国家组',
		ru: 'Группа государств Латинской Америки и Карибского бассейна'
	},
	westernEuropeanOthersGroup: {
		en: 'Western European and Others Group',
		fr: 'Groupe des États d’Europe occidentale et autres États',
		es: 'Grupo de los Estados de Europa Occidental y otros Estados',
		ar: 'مجموعة دول أوروبا الغربية ودول أخرى',
		zh: '西欧和其他国家组',
		ru: 'Группа западноевропейских и других государств'
	},
	depositary: {
		en: 'depositary',
		fr: 'dépositaire',
		es: 'depositario',
		ar: 'الوديع',
		zh: '保存人',
		ru: 'депозитарий'
	},
	secretaryGeneral: {
		en: 'Secretary-General',
		fr: 'Secrétaire général',
		es: 'Secretario General',
		ar: 'الأمين العام',
		zh: '秘书长',
		ru: 'Генеральный секретарь'
	},
	// The other treaties the /compare page names, in the form the English messages use them: the UN
	// short titles of UN Treaty Collection chapter XXVI and UNTERM in each language, and where English
	// uses an abbreviation (CCW, CTBT, TPNW, ATT, CWC), the abbreviation that language's UN documents
	// use (French and Spanish CCAC, TCA; Russian КОО, ДТО). Arabic and Chinese UN documents write the
	// short title instead of an abbreviation.
	mineBanConvention: {
		en: 'Mine Ban Convention',
		fr: 'Convention sur l’interdiction des mines antipersonnel',
		es: 'Convención sobre la prohibición de minas antipersonal',
		ar: 'اتفاقية حظر الألغام المضادة للأفراد',
		zh: '《禁止杀伤人员地雷公约》',
		ru: 'Конвенция о запрещении противопехотных мин'
	},
	armsTradeTreaty: {
		en: 'Arms Trade Treaty',
		fr: 'Traité sur le commerce des armes',
		es: 'Tratado sobre el Comercio de Armas',
		ar: 'معاهدة تجارة الأسلحة',
		zh: '《武器贸易条约》',
		ru: 'Договор о торговле оружием'
	},
	armsTradeTreatyAbbr: {
		en: 'ATT',
		fr: 'TCA',
		es: 'TCA',
		ar: 'معاهدة تجارة الأسلحة',
		zh: '《武器贸易条约》',
		ru: 'ДТО'
	},
	ccw: {
		// Convention on Certain Conventional Weapons.
		en: 'CCW',
		fr: 'CCAC',
		es: 'CCAC',
		ar: 'اتفاقية الأسلحة التقليدية المعينة',
		zh: '《特定常规武器公约》',
		ru: 'КОО'
	},
	ccwProtocolV: {
		// Protocol on Explosive Remnants of War (Protocol V), Geneva, 28 November 2003.
		en: 'CCW Protocol V',
		fr: 'Protocole V de la CCAC',
		es: 'Protocolo V de la CCAC',
		ar: 'البروتوكول الخامس لاتفاقية الأسلحة التقليدية المعينة',
		zh: '《特定常规武器公约》第五号议定书',
		ru: 'Протокол V к КОО'
	},
	chemicalWeaponsConvention: {
		en: 'Chemical Weapons Convention',
		fr: 'Convention sur les armes chimiques',
		es: 'Convención sobre las Armas Químicas',
		ar: 'اتفاقية الأسلحة الكيميائية',
		zh: '《化学武器公约》',
		ru: 'Конвенция о химическом оружии'
	},
	chemicalWeaponsConventionAbbr: {
		en: 'CWC',
		fr: 'CIAC',
		es: 'CAQ',
		ar: 'اتفاقية الأسلحة الكيميائية',
		zh: '《化学武器公约》',
		ru: 'КХО'
	},
	ctbt: {
		// Comprehensive Nuclear-Test-Ban Treaty.
		en: 'CTBT',
		fr: 'TICE',
		es: 'TPCE',
		ar: 'معاهدة الحظر الشامل للتجارب النووية',
		zh: '《全面禁止核试验条约》',
		ru: 'ДВЗЯИ'
	},
	tpnw: {
		// Treaty on the Prohibition of Nuclear Weapons.
		en: 'TPNW',
		fr: 'TIAN',
		es: 'TPAN',
		ar: 'معاهدة حظر الأسلحة النووية',
		zh: '《禁止核武器条约》',
		ru: 'ДЗЯО'
	},
	enmodConvention: {
		// Chinese and Arabic: the full title (no short title in their UN documents).
		en: 'ENMOD Convention',
		fr: 'Convention ENMOD',
		es: 'Convención ENMOD',
		ar: 'اتفاقية حظر استخدام تقنيات التغيير في البيئة لأغراض عسكرية أو لأية أغراض عدائية أخرى',
		zh: '《禁止为军事或任何其他敌对目的使用改变环境的技术的公约》',
		ru: 'Конвенция ЭНМОД'
	},
	biologicalWeaponsConvention: {
		en: 'Biological Weapons Convention',
		fr: 'Convention sur les armes biologiques',
		es: 'Convención sobre las Armas Biológicas',
		ar: 'اتفاقية الأسلحة البيولوجية',
		zh: '《生物武器公约》',
		ru: 'Конвенция о биологическом оружии'
	}
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryTermId = keyof typeof glossary;
