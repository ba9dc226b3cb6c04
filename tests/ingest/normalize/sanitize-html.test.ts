import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/ingest/normalize/sanitize-html.ts';

const BASE = 'https://news.example.org/2025/06/feed.xml';

/** Elements that must never reach a reader, whatever the input. */
const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'form', 'input',
  'button', 'textarea', 'select', 'link', 'meta', 'base', 'body', 'html', 'head', 'xss', 'noscript', 'template',
  'xml', 'bgsound', 'layer', 'ilayer',
]);
// audio, video and source are allowed players (as in feedparser's and Miniflux's allowlists); their URLs are checked.
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster']);
const SAFE_URL = /^(https?:\/\/[^\s\x00-\x1f]+|mailto:[^\s\x00-\x1f]+)$/i;

/** Parses the sanitizer's output the way a browser-ish parser would and lists every unsafe thing in it. */
function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  if (/<\s*script/i.test(html)) problems.push('literal <script');
  const elements = DomUtils.findAll(() => true, parseDocument(html).children) as Element[];
  for (const el of elements) {
    if (FORBIDDEN_TAGS.has(el.name)) problems.push(`tag ${el.name}`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (name.startsWith('on')) problems.push(`handler ${name}`);
      if (name === 'style' || name === 'background' || name === 'srcset' || name.includes(':')) problems.push(`attr ${name}`);
      if (URL_ATTRIBUTES.has(name) && !SAFE_URL.test(value)) problems.push(`url ${name}=${value}`);
      // (A URL's path may spell "javascript:" harmlessly; its scheme is what SAFE_URL checks.)
      if (!URL_ATTRIBUTES.has(name) && /(java|vb)script:|data:|expression\(/i.test(value)) problems.push(`value ${name}=${value}`);
    }
  }
  return problems;
}

// After OWASP's XSS filter evasion cheat sheet and the html5sec.org vectors.
const XSS_VECTORS: string[] = [
  `<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>`,
  `<script>alert(1)</script>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<a onmouseover=alert(document.cookie)>xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>">`,
  `<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC= onmouseover="alert('xxs')">`,
  `<IMG onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>`,
  `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
  `<IMG SRC="jav\tascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0D;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<a href="&#1;javascript:alert(1)">x</a>`,
  `<a href="  javascript:alert(1)">x</a>`,
  `<a href="java&#x0D;script:alert(1)">x</a>`,
  `<a href="javas&#99;ript:alert(1)">x</a>`,
  `<a href="vbscript:msgbox('XSS')">x</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
  `<a href="https://ok.example/" onclick="alert(1)" style="color:red">ok</a>`,
  `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  `<SCRIPT/SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<SCRIPT SRC=http://xss.rocks/xss.js?< B >`,
  `<SCRIPT SRC=//xss.rocks/.j>`,
  `<IMG SRC="\`<javascript:alert>\`('XSS')"`,
  `<iframe src=http://xss.rocks/scriptlet.html <`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<IMG DYNSRC="javascript:alert('XSS')">`,
  `<IMG LOWSRC="javascript:alert('XSS')">`,
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<svg/onload=alert('XSS')>`,
  `<svg><script>alert(1)</script></svg>`,
  `<BGSOUND SRC="javascript:alert('XSS');">`,
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<IFRAME SRC=# onmouseover="alert(document.cookie)"></IFRAME>`,
  `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<TABLE><TD BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<DIV STYLE="width: expression(alert('XSS'));">`,
  `<IMG STYLE="xss:expr/*XSS*/ession(alert('XSS'))">`,
  `<XSS STYLE="behavior: url(xss.htc);">`,
  `<BASE HREF="javascript:alert('XSS');//">`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>`,
  `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>`,
  `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
  `<img src="data:image/png;base64,iVBORw0KGgo=">`,
  `<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->`,
  `<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">x</button></form>`,
  `<math><mi xlink:href="javascript:alert(1)">x</mi></math>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
  `<img src="x" alt="&quot; onerror=&quot;alert(1)">`,
  `<img src="x" alt="\`\` onerror=alert(1)">`,
  `<p title="a"onclick="alert(1)">x</p>`,
  `<a href="https://ok.example/" target="_blank" ping="https://evil.example/">x</a>`,
  `<video><source onerror="alert(1)"></video>`,
  `<details open ontoggle=alert(1)>`,
  `<textarea><script>alert(1)</script></textarea>`,
  `<xmp><script>alert(1)</script></xmp>`,
  `<style><img src=x onerror=alert(1)></style>`,
  `<title><img src=x onerror=alert(1)></title>`,
  `<![CDATA[<script>alert(1)</script>]]>`,
  `<a href="jAvAsCrIpT&colon;alert(1)">x</a>`,
  `<a href="javascript&#58;alert(1)">x</a>`,
  `<a href="&#x6A;avascript:alert(1)">x</a>`,
  `<img src=x:alert(alt) onerror=eval(src) alt=0>`,
  `<isindex type=image src=1 onerror=alert(1)>`,
  `<a href="//evil.example/%0Ajavascript:alert(1)">x</a>`,
];

describe('sanitizeHtml: XSS vectors', () => {
  it.each(XSS_VECTORS.map((v) => [v]))('%s', (vector) => {
    const out = sanitizeHtml(vector, BASE);
    expect(unsafeParts(out)).toEqual([]);
    // Sanitizing twice changes nothing more: the output is a fixed point, not something a second pass "repairs".
    expect(unsafeParts(sanitizeHtml(out, BASE))).toEqual([]);
  });

  it('the checker itself catches unsafe markup', () => {
    expect(unsafeParts(`<img src="javascript:alert(1)">`)).not.toEqual([]);
    expect(unsafeParts(`<a href="/x" onclick="x()">`)).not.toEqual([]);
    expect(unsafeParts(`<iframe></iframe>`)).not.toEqual([]);
    expect(unsafeParts(`<p style="x">`)).not.toEqual([]);
  });
});

describe('sanitizeHtml: what survives', () => {
  it.each([
    ['relative link resolved, rel added', '<a href="../story.html">s</a>',
      '<a href="https://news.example.org/2025/story.html" rel="noopener noreferrer nofollow">s</a>'],
    ['feed rel replaced', '<a href="https://x.example/" rel="me">s</a>',
      '<a href="https://x.example/" rel="noopener noreferrer nofollow">s</a>'],
    ['protocol-relative link', '<a href="//cdn.example/x">s</a>',
      '<a href="https://cdn.example/x" rel="noopener noreferrer nofollow">s</a>'],
    ['mailto link kept', '<a href="mailto:desk@news.example">mail</a>',
      '<a href="mailto:desk@news.example" rel="noopener noreferrer nofollow">mail</a>'],
    ['javascript link loses href, keeps text', '<a href="javascript:alert(1)">text</a>', '<a>text</a>'],
    ['relative image resolved', '<img src="img/a.jpg" alt="A">', '<img src="https://news.example.org/2025/06/img/a.jpg" alt="A" />'],
    ['srcset dropped', '<img src="/a.jpg" srcset="/a-2x.jpg 2x">', '<img src="https://news.example.org/a.jpg" />'],
    ['lazy image from data-src', '<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg">', '<img src="https://news.example.org/real.jpg" />'],
    ['image from srcset when no src', '<img srcset="/s.jpg 1x, /l.jpg 2x">', '<img src="https://news.example.org/s.jpg" />'],
    ['tracking pixel dropped', '<p>x<img src="https://t.example/p.gif" width="1" height="1"></p>', '<p>x</p>'],
    ['image without usable src dropped', '<p>x<img src="javascript:1"></p>', '<p>x</p>'],
    ['sized image kept', '<img src="/a.jpg" width="640" height="1">', '<img src="https://news.example.org/a.jpg" width="640" height="1" />'],
    ['formatting kept', '<p><strong>b</strong> <em>i</em> <code>c</code></p><blockquote>q</blockquote>',
      '<p><strong>b</strong> <em>i</em> <code>c</code></p><blockquote>q</blockquote>'],
    ['table kept', '<table><tr><td colspan="2" style="x">a</td></tr></table>', '<table><tr><td colspan="2">a</td></tr></table>'],
    ['figure kept', '<figure><img src="/f.jpg"><figcaption>cap</figcaption></figure>',
      '<figure><img src="https://news.example.org/f.jpg" /><figcaption>cap</figcaption></figure>'],
    ['class and id dropped', '<p class="x" id="y">t</p>', '<p>t</p>'],
    ['unknown wrapper unwrapped', '<font color="red">t</font>', 't'],
    ['an iframe dropped, its fallback text kept', '<p>a</p><iframe src="https://v.example/">fallback</iframe>', '<p>a</p>fallback'],
    ['object dropped, its fallback kept', 'a <object data="/m.swf"><param name="q" value="1"><b>fallback</b></object>', 'a <b>fallback</b>'],
    ['applet dropped, its fallback kept', '<applet code="X.class">Get a <em>newer</em> browser</applet>', 'Get a <em>newer</em> browser'],
    ['embed dropped', 'a<embed src="/m.swf">b', 'ab'],
    ['script content dropped', 'a<script>var x = 1;</script>b', 'ab'],
    ['text entities kept escaped', '<p>1 &lt; 2 &amp; 3</p>', '<p>1 &lt; 2 &amp; 3</p>'],
    ['an audio player kept, its source resolved', '<audio src="ep1.mp3" controls autoplay onplay="x()">Listen</audio>',
      '<audio controls src="https://news.example.org/2025/06/ep1.mp3">Listen</audio>'],
    ['a video with a poster and sources', '<video poster="/still.jpg" width="640"><source src="/v.webm" type="video/webm"><source src="javascript:1"></video>',
      '<video width="640" poster="https://news.example.org/still.jpg"><source type="video/webm" src="https://news.example.org/v.webm"></source></video>'],
    ['a player with an unusable source keeps no source', '<audio src="javascript:alert(1)">a</audio>', '<audio>a</audio>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeHtml(input, BASE)).toBe(expected);
  });

  it('uses the base of each call', () => {
    expect(sanitizeHtml('<img src="a.jpg">', 'https://one.example/')).toBe('<img src="https://one.example/a.jpg" />');
    expect(sanitizeHtml('<img src="a.jpg">', 'https://two.example/')).toBe('<img src="https://two.example/a.jpg" />');
    expect(sanitizeHtml('<img src="a.jpg">', 'https://one.example/')).toBe('<img src="https://one.example/a.jpg" />');
  });
});
