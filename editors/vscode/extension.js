// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// Kiln for VS Code: starts `kiln lsp` for Image Builder component documents.
// A document is one when its name matches the language's filenamePatterns
// (package.json), or when a YAML file starts with a `# kiln` comment or a
// yaml-language-server `$schema=` modeline that names Kiln's schema: then it
// is switched from YAML to the kiln-component language, which the client serves.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

const LANGUAGE = 'kiln-component';
// The same expression as "firstLine" in package.json, over the first lines.
const MODELINE = /^#\s*kiln\b|yaml-language-server:\s*\$schema=\S*(kiln|component\.schema)/m;

let client;

function isComponent(document) {
  if (document.languageId !== 'yaml') {
    return false;
  }
  return MODELINE.test(document.getText(new vscode.Range(0, 0, 5, 0)));
}

async function claim(document) {
  if (isComponent(document)) {
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE);
  }
}

async function activate(context) {
  const settings = vscode.workspace.getConfiguration('kiln');
  // TransportKind.stdio: the client adds --stdio, which `kiln lsp` accepts.
  const server = {
    command: settings.get('path', 'kiln'),
    args: ['lsp'],
    transport: TransportKind.stdio,
  };
  client = new LanguageClient('kiln', 'Kiln', server, {
    documentSelector: [{ language: LANGUAGE }],
    initializationOptions: {
      platform: settings.get('platform', 'auto'),
      lint: settings.get('lint', true),
    },
    // Changes to kiln.* reach the server as workspace/didChangeConfiguration.
    synchronize: { configurationSection: 'kiln' },
  });
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(claim));
  for (const document of vscode.workspace.textDocuments) {
    await claim(document);
  }
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
