/** The words of signing in and of one's account, in both languages (spread into en.ts and zh.ts). */
export const enAccount = {
	signInTitle: 'Sign in',
	loginName: 'Login',
	password: 'Password',
	signIn: 'Sign in',
	signInRefused: 'Wrong login or password.',
	signInThrottled: 'Too many failed attempts: try again in {minutes} minutes.',
	accountTitle: 'Your account',
	navAccount: 'Account',
	role: 'Role',
	region: 'Region',
	signOut: 'Sign out',
	forbiddenTitle: 'Not allowed'
};

export const zhAccount: typeof enAccount = {
	signInTitle: '登录',
	loginName: '用户名',
	password: '密码',
	signIn: '登录',
	signInRefused: '用户名或密码错误。',
	signInThrottled: '失败次数过多，请 {minutes} 分钟后再试。',
	accountTitle: '我的账户',
	navAccount: '账户',
	role: '角色',
	region: '地区',
	signOut: '退出登录',
	forbiddenTitle: '无权访问'
};
