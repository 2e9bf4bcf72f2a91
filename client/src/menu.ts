// The status-bar menu (mode with its meaning, language, agency, rules, settings, walkthrough) and the rule picker
// "Văn Thư: Bật/tắt quy tắc", which lists the rules by their title instead of asking for ids.
import * as vscode from 'vscode';
import { RULES } from '../../server/src/rules/index';
import { getMode, pickTarget, SECTION, setMode } from './config';
import { fold, lang, t } from './i18n';

export const WALKTHROUGH = 'vanthu.vanthu#start';

type Item = vscode.QuickPickItem & { run?: () => Thenable<unknown> | unknown };

export async function showMenu(): Promise<void> {
  const mode = getMode(vscode.window.activeTextEditor?.document.uri);
  const other = mode === 'draft' ? 'final' : 'draft';
  const items: Item[] = [
    { label: t('Checking mode'), kind: vscode.QuickPickItemKind.Separator },
    {
      label: `$(law) ${t('Switch to {0}', other === 'final' ? t('final') : t('draft'))}`,
      description: t('now: {0}', mode === 'final' ? t('final') : t('draft')),
      detail:
        other === 'final'
          ? t('Final: the letter is about to be signed; a blank number, date or signer name is an error.')
          : t(
              'Draft: a blank number, date or signer name is only information (the records office fills them in after signing).',
            ),
      run: () => setMode(other),
    },
    { label: t('Văn Thư'), kind: vscode.QuickPickItemKind.Separator },
    {
      label: `$(organization) ${t('Set up the agency…')}`,
      run: () => vscode.commands.executeCommand('vanthu.setupAgency'),
    },
    { label: `$(new-file) ${t('New Letter…')}`, run: () => vscode.commands.executeCommand('vanthu.newLetter') },
    {
      label: `$(checklist) ${t('Check all letters of the folder')}`,
      run: () => vscode.commands.executeCommand('vanthu.checkWorkspace'),
    },
    {
      label: `$(list-filter) ${t('Turn rules on or off…')}`,
      run: () => vscode.commands.executeCommand('vanthu.configureRules'),
    },
    {
      label: `$(globe) ${lang() === 'en' ? 'Tiếng Việt' : 'English'}`,
      description: lang() === 'en' ? 'Hiển thị Văn Thư bằng tiếng Việt' : 'Show Văn Thư in English',
      run: () =>
        vscode.workspace
          .getConfiguration(SECTION)
          .update('locale', lang() === 'en' ? 'vi' : 'en', vscode.ConfigurationTarget.Global),
    },
    {
      label: `$(gear) ${t('Open the settings')}`,
      run: () => vscode.commands.executeCommand('workbench.action.openSettings', '@ext:vanthu.vanthu'),
    },
    {
      label: `$(book) ${t('Get started (walkthrough)')}`,
      run: () => vscode.commands.executeCommand('vanthu.getStarted'),
    },
    { label: `$(output) ${t('Show the log')}`, run: () => vscode.commands.executeCommand('vanthu.showOutput') },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: t('Văn Thư — mode: {0}', mode === 'final' ? t('final') : t('draft')),
  });
  await picked?.run?.();
}

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
export type RuleSetting = (typeof SEVERITIES)[number] | 'default';

/** Sets a rule's severity (`default` removes the setting) where the user chooses. */
export async function setRule(id: string, value: RuleSetting, target?: vscode.ConfigurationTarget): Promise<boolean> {
  target ??= await pickTarget('rules');
  if (target === undefined) return false;
  const cfg = vscode.workspace.getConfiguration(SECTION);
  const info = cfg.inspect<Record<string, unknown>>('rules');
  const current = {
    ...((target === vscode.ConfigurationTarget.Global ? info?.globalValue : info?.workspaceValue) ?? {}),
  };
  const rule = RULES.find((r) => r.id === id);
  for (const k of [id, rule?.alias]) if (k) delete current[k];
  if (value !== 'default') current[id] = value;
  await cfg.update('rules', Object.keys(current).length ? current : undefined, target);
  return true;
}

/** "Bật/tắt quy tắc": rules by title (matched with or without diacritics), then the severity. */
export async function configureRules(): Promise<void> {
  const l = lang();
  const rules = vscode.workspace.getConfiguration(SECTION).get<Record<string, unknown>>('rules') ?? {};
  const sevName = (s: string) =>
    ({ error: t('error'), warning: t('warning'), info: t('information'), off: t('off') })[s] ?? s;
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
  const all = RULES.map((r) => {
    const set = rules[r.id] ?? rules[r.alias];
    return {
      label: r.title[l],
      description: `${r.id} · ${set === undefined ? sevName(r.severity) : `${sevName(String(set))} (${t('changed')})`}`,
      detail: r.provision,
      id: r.id,
    };
  });
  qp.items = all;
  qp.matchOnDescription = true;
  qp.placeholder = t('Rule to turn on, off or change (search by name, with or without diacritics, or by id)');
  qp.onDidChangeValue((v) => {
    const words = fold(v).split(/\s+/).filter(Boolean);
    qp.items = all.map((i) => ({
      ...i,
      alwaysShow: words.length > 0 && words.every((w) => fold(`${i.label} ${i.description}`).includes(w)),
    }));
  });
  const id = await new Promise<string | undefined>((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.id);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
  if (!id) return;
  const rule = RULES.find((r) => r.id === id)!;
  const picked = await vscode.window.showQuickPick(
    [
      ...SEVERITIES.map((s) => ({ label: sevName(s), value: s as RuleSetting })),
      { label: t('default ({0})', sevName(rule.severity)), value: 'default' as RuleSetting },
    ],
    { placeHolder: `${rule.id} — ${rule.title[l]}` },
  );
  if (picked) await setRule(id, picked.value);
}
