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
	forbiddenTitle: 'Not allowed',
	changePasswordTitle: 'Change your password',
	currentPassword: 'Current password',
	newPassword: 'New password',
	changePassword: 'Change password',
	passwordChanged: 'Your password is changed; every other session of yours has ended.',
	passwordRefused: 'The password was not changed:',
	issue_currentWrong: 'it is not your current password.'
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
	forbiddenTitle: '无权访问',
	changePasswordTitle: '修改密码',
	currentPassword: '当前密码',
	newPassword: '新密码',
	changePassword: '修改密码',
	passwordChanged: '密码已修改；您的其他会话均已结束。',
	passwordRefused: '密码未修改：',
	issue_currentWrong: '与当前密码不符。'
};
