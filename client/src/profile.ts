// The agency profile (tên cơ quan, chủ quản, địa danh, ký hiệu, chế độ ký): read from the folder's .vanthurc file
// and the `vanthu.profile` setting, and written by "Văn Thư: Thiết lập cơ quan" into .vanthurc.yaml.
import * as vscode from 'vscode';
import { parseDocument, stringify } from 'yaml';
import { ConfigSchema, ProfileSchema, type Profile } from '../../schemas/config';
import { SECTION } from './config';
import { t } from './i18n';

export const RC_NAMES = ['.vanthurc.yaml', '.vanthurc.yml', '.vanthurc.json'];

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** The first .vanthurc file of a folder and its text. */
export async function findRc(folder: vscode.Uri): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  for (const name of RC_NAMES) {
    const uri = vscode.Uri.joinPath(folder, name);
    const text = await readText(uri);
    if (text !== undefined) return { uri, text };
  }
  return undefined;
}

/** The profile for letters of `folder`: the .vanthurc's, completed by the setting (a workspace file wins, as in the
 * server). */
export async function readProfile(folder?: vscode.Uri): Promise<Profile> {
  const fromSetting = ProfileSchema.safeParse(vscode.workspace.getConfiguration(SECTION, folder).get('profile') ?? {});
  let fromFile: Profile = {};
  const rc = folder && vscode.workspace.isTrusted ? await findRc(folder) : undefined;
  if (rc) {
    const parsed = ProfileSchema.safeParse(
      (parseDocument(rc.text).toJS() as { profile?: unknown } | null)?.profile ?? {},
    );
    if (parsed.success) fromFile = parsed.data;
  }
  return { ...(fromSetting.success ? fromSetting.data : {}), ...fromFile };
}

/** Answers for the setup command, given as its argument by tests and scripts instead of asking. */
export interface SetupAnswers extends Profile {
  /** Write without asking for confirmation. */
  confirm?: boolean;
}

const list = (s: string) =>
  s
    .split(/[,;]/)
    .map((x) => x.trim())
    .filter(Boolean);

async function ask(
  prompt: string,
  value: string | undefined,
  opts: { placeHolder?: string; required?: boolean } = {},
): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: t('Set up the agency'),
    prompt,
    value: value ?? '',
    placeHolder: opts.placeHolder,
    ignoreFocusOut: true,
    validateInput: (v) => (opts.required && !v.trim() ? t('Required.') : undefined),
  });
}

/** Asks the profile's fields one input box at a time (prefilled with the current values); undefined when cancelled. */
async function askProfile(current: Profile): Promise<Profile | undefined> {
  const issuerName = await ask(t('Name of the agency as printed in the header (capitals)'), current.issuerName, {
    placeHolder: 'ỦY BAN NHÂN DÂN XÃ TỊNH KHÊ',
    required: true,
  });
  if (issuerName === undefined) return undefined;
  const parentName = await ask(
    t('Directly superior agency (the line above the name); empty if none'),
    current.parentName,
    { placeHolder: 'UBND TỈNH QUẢNG NGÃI' },
  );
  if (parentName === undefined) return undefined;
  const place = await ask(t('Place name written before the date'), current.place, {
    placeHolder: 'Tịnh Khê',
    required: true,
  });
  if (place === undefined) return undefined;
  const issuerCode = await ask(t('Abbreviation of the agency in the document symbol'), current.issuerCode, {
    placeHolder: 'UBND',
    required: true,
  });
  if (issuerCode === undefined) return undefined;
  const units = await ask(
    t('Abbreviations of the drafting units, separated by commas'),
    current.unitCodes?.join(', '),
    { placeHolder: 'VP, TCKT' },
  );
  if (units === undefined) return undefined;
  const signing = await vscode.window.showQuickPick(
    [
      {
        label: t('Head of agency (deputies sign "KT.")'),
        value: 'thu-truong' as const,
        picked: current.signing !== 'tap-the',
      },
      {
        label: t('Collective (the head signs "TM." the body)'),
        value: 'tap-the' as const,
        picked: current.signing === 'tap-the',
      },
    ],
    { title: t('Set up the agency'), placeHolder: t('Signing regime'), ignoreFocusOut: true },
  );
  if (!signing) return undefined;
  const out: Profile = {
    ...current,
    issuerName: issuerName.trim(),
    place: place.trim(),
    issuerCode: issuerCode.trim(),
    signing: signing.value,
  };
  if (parentName.trim()) out.parentName = parentName.trim();
  else delete out.parentName;
  if (list(units).length) out.unitCodes = list(units);
  else delete out.unitCodes;
  return out;
}

/**
 * "Văn Thư: Thiết lập cơ quan": asks the profile and writes it to the folder's .vanthurc (its other keys and
 * comments kept; a new .vanthurc.yaml only after asking). Without a folder the profile goes to the user settings.
 * Returns the file written, or undefined when cancelled.
 */
export async function setupAgency(answers?: SetupAnswers): Promise<vscode.Uri | 'settings' | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const current = await readProfile(folder);
  let profile: Profile | undefined;
  if (answers) {
    const { confirm: _confirm, ...given } = answers;
    profile = { ...current, ...given };
  } else profile = await askProfile(current);
  if (!profile) return undefined;
  const checked = ProfileSchema.safeParse(profile);
  if (!checked.success) {
    vscode.window.showErrorMessage(
      t(
        'The agency profile is not valid: {0}',
        checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      ),
    );
    return undefined;
  }
  if (!folder) {
    await vscode.workspace.getConfiguration(SECTION).update('profile', checked.data, vscode.ConfigurationTarget.Global);
    vscode.window.showInformationMessage(t('The agency profile is saved in your user settings (no folder is open).'));
    return 'settings';
  }
  const rc = await findRc(folder);
  const uri = rc?.uri ?? vscode.Uri.joinPath(folder, '.vanthurc.yaml');
  if (!answers?.confirm) {
    const write = t('Write');
    const question = rc
      ? t('Save the agency profile in {0}?', vscode.workspace.asRelativePath(uri))
      : t(
          'Create {0} in the folder {1} with the agency profile?',
          '.vanthurc.yaml',
          vscode.workspace.asRelativePath(folder),
        );
    if ((await vscode.window.showInformationMessage(question, { modal: true }, write)) !== write) return undefined;
  }
  let text: string;
  if (rc && uri.path.endsWith('.json')) {
    const obj = JSON.parse(rc.text) as Record<string, unknown>;
    text = JSON.stringify({ ...obj, profile: checked.data }, null, 2) + '\n';
  } else if (rc) {
    const doc = parseDocument(rc.text);
    doc.set('profile', doc.createNode(checked.data));
    text = doc.toString();
  } else {
    text = `# Văn Thư: hồ sơ cơ quan (lệnh "Văn Thư: Thiết lập cơ quan"; xem README, mục Cấu hình)\n${stringify({ profile: checked.data })}`;
  }
  const valid = ConfigSchema.safeParse(uri.path.endsWith('.json') ? JSON.parse(text) : parseDocument(text).toJS());
  if (!valid.success) {
    vscode.window.showErrorMessage(
      t(
        '{0} would not be valid: {1}',
        vscode.workspace.asRelativePath(uri),
        valid.error.issues.map((i) => i.message).join('; '),
      ),
    );
    return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  if (!answers) {
    const open = t('Open');
    const newLetter = t('New Letter');
    const next = await vscode.window.showInformationMessage(
      t('Agency profile saved in {0}.', vscode.workspace.asRelativePath(uri)),
      newLetter,
      open,
    );
    if (next === open) await vscode.window.showTextDocument(uri);
    if (next === newLetter) await vscode.commands.executeCommand('vanthu.newLetter');
  }
  return uri;
}
