/**
 * The words of the HTTP API reference (/api/docs) and its link on the data page, in both languages
 * (spread into en.ts and zh.ts). The reference's own text — what each endpoint and field does — is
 * the OpenAPI document's, in English.
 */
export const enApiDocs = {
	apiDocsTitle: 'HTTP API',
	apiDocsIntro:
		"Every endpoint of HIMAP's HTTP API, read from its OpenAPI 3.1 document. Scripts and code generators can read the document itself:",
	apiDocsDocument: 'OpenAPI document (JSON)',
	apiDocsVersion: 'Version {version}',
	apiDocsTextNote:
		"The descriptions of endpoints, parameters and fields below are the OpenAPI document's own.",
	apiDocsContents: 'Endpoints',
	apiDocsAuth: 'Authentication',
	apiDocsAuthIntro:
		'Send an API token (made on the server with himap token create <login>) in the Authorization header; a browser signed in to HIMAP sends its session cookie instead.',
	apiDocsPublic: 'Public: no credentials needed.',
	apiDocsOptional: "Public; with a token or a session the caller's role may show more.",
	apiDocsSignedIn: 'Needs an API token or a signed-in session.',
	apiDocsParameters: 'Parameters',
	apiDocsRequestBody: 'Request body',
	apiDocsResponses: 'Responses',
	apiDocsExample: 'Example',
	apiDocsSchemas: 'Schemas',
	apiDocsName: 'Name',
	apiDocsIn: 'In',
	apiDocsType: 'Type',
	apiDocsRequired: 'Required',
	apiDocsYes: 'yes',
	apiDocsStatus: 'Status',
	apiDocsContent: 'Content',
	apiDocsHeaders: 'Headers',
	apiDocsField: 'Field',
	apiDocsAbout: 'Description',
	apiDocsDefault: 'Default: {value}',
	apiDocsNoBody: 'No body',
	apiDocsDataNote: 'Scripts can fetch every table over the HTTP API:',
	apiDocsLink: 'HTTP API reference',
	apiDocsTag_exports: 'Export tables',
	apiDocsTag_submissions: 'Submissions',
	apiDocsTag_rounds: 'Survey rounds',
	apiDocsTag_admin: 'Administration',
	apiDocsTag_system: 'System'
};

export const zhApiDocs: typeof enApiDocs = {
	apiDocsTitle: 'HTTP接口',
	apiDocsIntro: 'HIMAP的HTTP接口的全部端点，内容取自其OpenAPI 3.1文档。脚本和代码生成工具可直接读取该文档：',
	apiDocsDocument: 'OpenAPI文档（JSON）',
	apiDocsVersion: '版本 {version}',
	apiDocsTextNote: '端点、参数和字段的说明文字取自OpenAPI文档，为英文。',
	apiDocsContents: '端点',
	apiDocsAuth: '身份验证',
	apiDocsAuthIntro:
		'在Authorization请求头中发送API令牌（在服务器上用 himap token create <用户名> 生成）；已登录HIMAP的浏览器则发送会话Cookie。',
	apiDocsPublic: '公开：无需凭据。',
	apiDocsOptional: '公开；附带令牌或会话时，按调用者的角色可见更多内容。',
	apiDocsSignedIn: '需要API令牌或已登录的会话。',
	apiDocsParameters: '参数',
	apiDocsRequestBody: '请求体',
	apiDocsResponses: '响应',
	apiDocsExample: '示例',
	apiDocsSchemas: '数据结构',
	apiDocsName: '名称',
	apiDocsIn: '位置',
	apiDocsType: '类型',
	apiDocsRequired: '必填',
	apiDocsYes: '是',
	apiDocsStatus: '状态码',
	apiDocsContent: '内容',
	apiDocsHeaders: '响应头',
	apiDocsField: '字段',
	apiDocsAbout: '说明',
	apiDocsDefault: '默认值：{value}',
	apiDocsNoBody: '无响应体',
	apiDocsDataNote: '脚本可通过HTTP接口获取每张表：',
	apiDocsLink: 'HTTP接口文档',
	apiDocsTag_exports: '导出表',
	apiDocsTag_submissions: '数据提交',
	apiDocsTag_rounds: '调查轮次',
	apiDocsTag_admin: '管理',
	apiDocsTag_system: '系统'
};
