#!/usr/bin/env node
// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
// S3 test server for Kiln's network tests: s3rver (storage, ListObjectsV2,
// multipart) behind a gate that checks what s3rver does not: the SigV4 signature
// of every request (s3rver 3.x only looks up the access key ID), the payload hash
// in x-amz-content-sha256, and x-amz-expected-bucket-owner. The signature check is
// written here from the SigV4 specification, independently of Kiln's C++ signer,
// so a bug shared by both is unlikely.
//
//   KILN_S3_ACCESS_KEY=... KILN_S3_SECRET_KEY=... node s3gate.js <data-dir> [bucket...]
//
// Prints "READY <port>" when listening on 127.0.0.1; exits when stdin closes, so
// the test fixture cannot leave it running. Every request is appended to
// <data-dir>/requests.log as "METHOD path owner=<x-amz-expected-bucket-owner>".
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');
const S3rver = require('s3rver');
const AWSAccount = require('s3rver/lib/models/account');

// s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 only
// has in its legacy provider (often not installed): every second page would fail
// with a 500. The token only has to round-trip through the client, so 'des' is
// replaced by an identity transform here.
for (const name of ['createCipheriv', 'createDecipheriv']) {
  const real = crypto[name];
  crypto[name] = (algorithm, ...rest) => algorithm !== 'des' ? real(algorithm, ...rest) : {
    update: (data, encoding) => (Buffer.isBuffer(data) ? data : Buffer.from(data, encoding || 'utf8')),
    final: () => Buffer.alloc(0),
  };
}

const accessKey = process.env.KILN_S3_ACCESS_KEY;
const secretKey = process.env.KILN_S3_SECRET_KEY;
const [dataDir, ...buckets] = process.argv.slice(2);
if (!accessKey || !secretKey || !dataDir) {
  console.error('usage: KILN_S3_ACCESS_KEY=.. KILN_S3_SECRET_KEY=.. node s3gate.js <data-dir> [bucket...]');
  process.exit(2);
}
const OWNER = String(AWSAccount.DUMMY_ACCOUNT.id); // 123456789000
AWSAccount.DUMMY_ACCOUNT.createKeyPair(accessKey, secretKey);
const requestLog = path.join(dataDir, 'requests.log');

function rfc3986(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
const hmac = (key, data) => crypto.createHmac('sha256', key).update(data).digest();
const sha256 = data => crypto.createHash('sha256').update(data).digest('hex');

function s3Error(res, status, code, message) {
  res.writeHead(status, { 'Content-Type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

// Returns null when the request is correctly signed, else [status, code, message].
function checkSignature(req, body) {
  const auth = req.headers['authorization'] || '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return [400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed.'];
  const [, keyId, date, region, service, signedHeaders, signature] = m;
  if (keyId !== accessKey) return [403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'];
  if (service !== 's3') return [400, 'AuthorizationHeaderMalformed', 'Wrong service in the credential scope.'];
  const names = signedHeaders.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date'))
    return [403, 'AccessDenied', 'host and x-amz-date must be signed.'];
  const amzDate = req.headers['x-amz-date'] || '';
  if (!amzDate.startsWith(date)) return [403, 'SignatureDoesNotMatch', 'Date mismatch.'];
  const payloadHash = req.headers['x-amz-content-sha256'];
  if (!payloadHash) return [400, 'InvalidRequest', 'Missing x-amz-content-sha256.'];
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body))
    return [400, 'XAmzContentSHA256Mismatch', 'The provided x-amz-content-sha256 header does not match what was computed.'];

  const [rawPath, rawQuery = ''] = req.url.split('?');
  const canonicalUri = rawPath.split('/').map(s => rfc3986(decodeURIComponent(s))).join('/');
  const canonicalQuery = rawQuery === '' ? '' : rawQuery.split('&').map(pair => {
    const eq = pair.indexOf('=');
    const k = eq < 0 ? pair : pair.slice(0, eq);
    const v = eq < 0 ? '' : pair.slice(eq + 1);
    return [rfc3986(decodeURIComponent(k)), rfc3986(decodeURIComponent(v))];
  }).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`).join('&');
  const canonicalHeaders = names.map(n => `${n}:${String(req.headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [req.method, canonicalUri, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${date}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  let key = hmac('AWS4' + secretKey, date);
  key = hmac(key, region);
  key = hmac(key, 's3');
  key = hmac(key, 'aws4_request');
  const expected = hmac(key, stringToSign).toString('hex');
  if (expected !== signature)
    return [403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.'];
  return null;
}

async function main() {
  fs.mkdirSync(dataDir, { recursive: true });
  const backend = new S3rver({
    address: '127.0.0.1', port: 0, silent: true,
    directory: path.join(dataDir, 'store'),
    configureBuckets: buckets.map(name => ({ name, configs: [] })),
  });
  const { port: backendPort } = await backend.run();

  const gate = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const owner = req.headers['x-amz-expected-bucket-owner'];
      fs.appendFileSync(requestLog, `${req.method} ${req.url.split('?')[0]} owner=${owner || ''}\n`);
      const problem = checkSignature(req, body);
      if (problem) return s3Error(res, ...problem);
      if (owner !== undefined && owner !== OWNER)
        return s3Error(res, 403, 'AccessDenied', 'Access Denied');
      const headers = { ...req.headers, 'content-length': String(body.length) };
      delete headers['transfer-encoding'];
      const upstream = http.request({ host: '127.0.0.1', port: backendPort, method: req.method, path: req.url, headers }, up => {
        res.writeHead(up.statusCode, up.headers);
        up.pipe(res);
      });
      upstream.on('error', e => s3Error(res, 500, 'InternalError', e.message));
      upstream.end(body);
    });
  });
  gate.listen(0, '127.0.0.1', () => {
    process.stdout.write(`READY ${gate.address().port}\n`);
  });
  const stop = () => { gate.close(); backend.close().finally(() => process.exit(0)); setTimeout(() => process.exit(0), 2000); };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.on('SIGTERM', stop);
}

main().catch(e => { console.error(e); process.exit(1); });
