#!/usr/bin/env node
/**
 * Offline check of the add-in manifest (`npm run validate`): well-formed XML, then the structure the
 * Office add-in manifest schema (OfficeApp 1.1, TaskPaneApp, VersionOverrides 1.0) requires — elements,
 * their order, required attributes, value formats, resource ids, icon files. The official XSD is not
 * available offline, so its required structure is written down here. Parsing is @xmldom/xmldom's.
 * Exit 1 with a clear message.
 */
const fs = require('fs');
const path = require('path');
const { DOMParser } = require('@xmldom/xmldom');

const file = path.resolve(process.argv[2] || 'manifest.xml');
const problems = [];
const fail = (msg) => problems.push(msg);

/* ----------------------------------------------------------- a small XML parser (no DTDs needed) */

/**
 * Parse with @xmldom/xmldom (fatal on anything not well-formed) into the plain tree the checks walk:
 * { name, attrs, children, text, line, parent }.
 */
function parseXml(text) {
  const errors = [];
  const onError = (level, message) => {
    if (level !== 'warning') errors.push(message);
  };
  const doc = new DOMParser({ onError }).parseFromString(text, 'text/xml');
  if (errors.length || !doc.documentElement) throw new Error(errors[0] || 'no root element');
  const convert = (el, parent) => {
    const attrs = {};
    for (const a of Array.from(el.attributes)) attrs[a.name] = a.value;
    const node = { name: el.nodeName, attrs, children: [], text: '', line: el.lineNumber, parent };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 1) node.children.push(convert(child, node));
      else if (child.nodeType === 3 || child.nodeType === 4) node.text += child.nodeValue;
    }
    return node;
  };
  return convert(doc.documentElement, null);
}

/* ----------------------------------------------------------- helpers */

const local = (name) => name.replace(/^[\w]+:/, '');
const kids = (node, name) => node.children.filter((c) => name === undefined || local(c.name) === name);
const kid = (node, name) => kids(node, name)[0];
const where = (node) => `<${node.name}> (line ${node.line})`;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const HTTPS = /^https:\/\/[^\s]+$/;

function xsiType(node) {
  const key = Object.keys(node.attrs).find((k) => local(k) === 'type' && k.includes(':'));
  return key ? node.attrs[key] : undefined;
}

/** Children must appear in this order; `required` ones must be there; nothing else is allowed. */
function checkSequence(node, sequence, required) {
  let at = 0;
  for (const child of node.children) {
    const name = local(child.name);
    const pos = sequence.indexOf(name, at);
    if (pos < 0) {
      if (sequence.includes(name)) fail(`${where(child)} is out of order inside <${node.name}>: expected order ${sequence.join(', ')}`);
      else fail(`${where(child)} is not allowed inside <${node.name}> (allowed: ${sequence.join(', ')})`);
      continue;
    }
    at = pos;
  }
  for (const name of required) if (!kid(node, name)) fail(`<${node.name}> (line ${node.line}) is missing the required <${name}>`);
}

function requireAttr(node, attr, pattern, what) {
  if (!node) return;
  const v = node.attrs[attr];
  if (v === undefined || v === '') fail(`${where(node)} needs the attribute ${attr}`);
  else if (pattern && !pattern.test(v)) fail(`${where(node)} ${attr}="${v}" is not ${what}`);
}

/* ----------------------------------------------------------- the checks */

function checkManifest(root) {
  if (local(root.name) !== 'OfficeApp') return fail(`the root element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1') fail('OfficeApp must declare xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"');
  if (xsiType(root) !== 'TaskPaneApp') fail(`OfficeApp xsi:type is "${xsiType(root)}", expected "TaskPaneApp"`);

  checkSequence(
    root,
    ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'Dictionary', 'VersionOverrides'],
    ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'],
  );
  const id = kid(root, 'Id');
  if (id && !GUID.test(id.text.trim())) fail(`<Id> "${id.text.trim()}" is not a GUID`);
  const version = kid(root, 'Version');
  if (version && !VERSION.test(version.text.trim())) fail(`<Version> "${version.text.trim()}" is not n.n.n.n`);
  const locale = kid(root, 'DefaultLocale');
  if (locale && !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(locale.text.trim())) fail(`<DefaultLocale> "${locale.text.trim()}" is not a culture name such as zh-CN`);
  for (const [name, max] of [['DisplayName', 125], ['Description', 2000]]) {
    const n = kid(root, name);
    requireAttr(n, 'DefaultValue');
    if (n && (n.attrs.DefaultValue || '').length > max) fail(`<${name}> DefaultValue is longer than ${max} characters`);
  }
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) requireAttr(kid(root, name), 'DefaultValue', HTTPS, 'an https URL');
  for (const d of kids(kid(root, 'AppDomains') || { children: [] }, 'AppDomain')) if (!HTTPS.test(d.text.trim())) fail(`${where(d)} "${d.text.trim()}" is not an https origin`);

  const hosts = kid(root, 'Hosts');
  if (hosts) {
    const list = kids(hosts, 'Host');
    if (list.length === 0) fail('<Hosts> needs at least one <Host>');
    for (const h of list) if (h.attrs.Name !== 'Workbook') fail(`${where(h)} Name="${h.attrs.Name}": this is an Excel add-in, expected Name="Workbook"`);
  } else fail('<OfficeApp> has no <Hosts>: an Excel add-in declares <Host Name="Workbook"/>');

  const reqs = kid(root, 'Requirements');
  if (reqs) {
    for (const s of kids(kid(reqs, 'Sets') || { children: [] }, 'Set')) {
      requireAttr(s, 'Name');
      if (s.attrs.MinVersion && !/^\d+\.\d+$/.test(s.attrs.MinVersion)) fail(`${where(s)} MinVersion "${s.attrs.MinVersion}" is not n.n`);
    }
  }
  const settings = kid(root, 'DefaultSettings');
  if (settings) {
    checkSequence(settings, ['SourceLocation', 'RequestedWidth', 'RequestedHeight'], ['SourceLocation']);
    requireAttr(kid(settings, 'SourceLocation'), 'DefaultValue', HTTPS, 'an https URL');
  }
  const permissions = kid(root, 'Permissions');
  const allowed = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
  if (permissions && !allowed.includes(permissions.text.trim())) fail(`<Permissions> "${permissions.text.trim()}" is not one of ${allowed.join(', ')}`);
  if (permissions && permissions.text.trim() !== 'ReadWriteDocument') fail('<Permissions> must be ReadWriteDocument: the add-in writes highlights and fills');

  const vo = kid(root, 'VersionOverrides');
  if (!vo) return fail('<VersionOverrides> is missing: the ribbon button that opens the task pane lives there');
  checkVersionOverrides(vo);
}

function checkVersionOverrides(vo) {
  if (vo.attrs.xmlns !== 'http://schemas.microsoft.com/office/taskpaneappversionoverrides') fail('VersionOverrides must declare xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides"');
  if (!/^VersionOverridesV1_[01]$/.test(xsiType(vo) || '')) fail(`VersionOverrides xsi:type is "${xsiType(vo)}", expected VersionOverridesV1_0`);
  checkSequence(vo, ['Description', 'Requirements', 'Hosts', 'Resources', 'EquivalentAddins', 'VersionOverrides'], ['Hosts', 'Resources']);

  // Resources: ids by kind, lengths, URLs.
  const resources = kid(vo, 'Resources');
  const ids = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  if (resources) {
    checkSequence(resources, ['Images', 'Urls', 'ShortStrings', 'LongStrings'], []);
    for (const kind of Object.keys(ids)) {
      for (const r of kids(kid(resources, kind) || { children: [] })) {
        const rid = r.attrs.id;
        if (!rid) fail(`${where(r)} has no id`);
        else if (rid.length > 32) fail(`${where(r)} id "${rid}" is longer than 32 characters`);
        else if ([...Object.values(ids)].some((m) => m.has(rid))) fail(`${where(r)} id "${rid}" is used twice`);
        requireAttr(r, 'DefaultValue', kind === 'Images' || kind === 'Urls' ? HTTPS : null, 'an https URL');
        const max = kind === 'ShortStrings' ? 125 : kind === 'LongStrings' ? 250 : Infinity;
        if ((r.attrs.DefaultValue || '').length > max) fail(`${where(r)} is longer than ${max} characters`);
        if (rid) ids[kind].set(rid, r.attrs.DefaultValue);
      }
    }
  }

  // Every resid points at a resource of the right kind.
  const kindOf = (node) => {
    const n = local(node.name);
    if (n === 'Image') return 'Images';
    if (n === 'SourceLocation' || n === 'FunctionFile' || n === 'LearnMoreUrl') return 'Urls';
    if (n === 'Description' && local(node.parent.name) !== 'VersionOverrides') return 'LongStrings';
    return 'ShortStrings';
  };
  const walk = (node, fn) => {
    fn(node);
    for (const c of node.children) walk(c, fn);
  };
  walk(kid(vo, 'Hosts') || { children: [] }, (node) => {
    if (node.attrs && node.attrs.resid !== undefined) {
      const kind = kindOf(node);
      if (!ids[kind].has(node.attrs.resid)) fail(`${where(node)} resid="${node.attrs.resid}" is not defined in <bt:${kind}>`);
    }
  });

  // The ribbon: Workbook host, desktop form factor, a button that shows the task pane.
  const hosts = kids(kid(vo, 'Hosts') || { children: [] }, 'Host');
  const workbook = hosts.find((h) => xsiType(h) === 'Workbook');
  if (!workbook) return fail('<VersionOverrides><Hosts> has no <Host xsi:type="Workbook">');
  const desktop = kid(workbook, 'DesktopFormFactor');
  if (!desktop) return fail('<Host xsi:type="Workbook"> has no <DesktopFormFactor>');
  checkSequence(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['FunctionFile', 'ExtensionPoint']);
  const getStarted = kid(desktop, 'GetStarted');
  if (getStarted) checkSequence(getStarted, ['Title', 'Description', 'LearnMoreUrl'], ['Title', 'Description']);
  const points = kids(desktop, 'ExtensionPoint');
  const primary = points.find((p) => xsiType(p) === 'PrimaryCommandSurface');
  if (!primary) return fail('no <ExtensionPoint xsi:type="PrimaryCommandSurface">: the ribbon button is missing');
  const tabs = [...kids(primary, 'OfficeTab'), ...kids(primary, 'CustomTab')];
  if (tabs.length === 0) fail('the PrimaryCommandSurface has no <OfficeTab> or <CustomTab>');
  const controlIds = new Set();
  let showsPane = false;
  for (const tab of tabs) {
    requireAttr(tab, 'id');
    const groups = kids(tab, 'Group');
    if (groups.length === 0) fail(`${where(tab)} has no <Group>`);
    for (const group of groups) {
      requireAttr(group, 'id');
      checkSequence(group, ['Label', 'Icon', 'Control'], ['Label', 'Icon', 'Control']);
      checkIcon(kid(group, 'Icon'));
      for (const control of kids(group, 'Control')) {
        requireAttr(control, 'id');
        if (controlIds.has(control.attrs.id)) fail(`${where(control)} id "${control.attrs.id}" is used twice`);
        controlIds.add(control.attrs.id);
        if (xsiType(control) !== 'Button' && xsiType(control) !== 'Menu') fail(`${where(control)} xsi:type "${xsiType(control)}" is not Button or Menu`);
        checkSequence(control, ['Label', 'Supertip', 'Icon', 'Action', 'Items'], ['Label', 'Supertip', 'Icon']);
        const tip = kid(control, 'Supertip');
        if (tip) checkSequence(tip, ['Title', 'Description'], ['Title', 'Description']);
        checkIcon(kid(control, 'Icon'));
        const action = kid(control, 'Action');
        if (xsiType(control) === 'Button' && !action) fail(`${where(control)} has no <Action>`);
        if (action && xsiType(action) === 'ShowTaskpane') {
          checkSequence(action, ['TaskpaneId', 'SourceLocation', 'Title', 'SupportsPinning'], ['SourceLocation']);
          showsPane = true;
        } else if (action && xsiType(action) === 'ExecuteFunction') {
          if (!kid(action, 'FunctionName')) fail(`${where(action)} ExecuteFunction needs <FunctionName>`);
        } else if (action) fail(`${where(action)} xsi:type "${xsiType(action)}" is not ShowTaskpane or ExecuteFunction`);
      }
    }
  }
  if (!showsPane) fail('no ribbon button with <Action xsi:type="ShowTaskpane">: nothing opens the task pane');

  // Icons: the files behind https://localhost:3000/assets/… exist in assets/ and are PNGs of the stated size.
  for (const [rid, url] of ids.Images) {
    const m = /^https:\/\/localhost:\d+\/(assets\/[^?#]+)$/.exec(url || '');
    if (!m) continue;
    const local = path.join(path.dirname(file), m[1]);
    if (!fs.existsSync(local)) {
      fail(`image ${rid}: ${m[1]} does not exist`);
      continue;
    }
    const png = fs.readFileSync(local);
    if (png.readUInt32BE(0) !== 0x89504e47) fail(`image ${rid}: ${m[1]} is not a PNG`);
  }
}

function checkIcon(icon) {
  if (!icon) return;
  const sizes = kids(icon, 'Image').map((i) => i.attrs.size);
  for (const s of ['16', '32', '80']) if (!sizes.includes(s)) fail(`${where(icon)} needs an image of size ${s}`);
  for (const s of sizes) if (!['16', '20', '24', '32', '40', '48', '64', '80'].includes(s)) fail(`${where(icon)} image size ${s} is not allowed`);
}

/* ----------------------------------------------------------- run */

function main() {
  if (!fs.existsSync(file)) {
    console.error(`validate: ${file} not found`);
    process.exit(1);
  }
  const text = fs.readFileSync(file, 'utf8');
  let root;
  try {
    root = parseXml(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    console.error(`validate: ${path.basename(file)} is not well-formed XML: ${e.message}`);
    process.exit(1);
  }
  checkManifest(root);
  if (problems.length) {
    console.error(`validate: ${path.basename(file)} has ${problems.length} problem(s):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(`validate: ${path.basename(file)} is valid (well-formed; OfficeApp TaskPaneApp structure, ribbon button, resources and icons checked offline).`);
}

if (require.main === module) main();
module.exports = { parseXml, checkManifest, problems };
