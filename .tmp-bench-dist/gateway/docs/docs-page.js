/**
 * /docs (interactive) and /redoc (reference) — one small self-written viewer that reads
 * /openapi.json. No CDN, no framework: it works offline and weighs a few KB.
 */
const STYLE = `
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;background:#f7f8fa}
header{background:#1d2433;color:#fff;padding:12px 20px;display:flex;gap:16px;align-items:center}header h1{font-size:17px;margin:0}
header a{color:#9ecbff;text-decoration:none}header .sp{flex:1}header input{width:260px;padding:5px 8px;border-radius:4px;border:0}
main{display:flex;min-height:calc(100vh - 50px)}nav{width:280px;padding:12px;border-right:1px solid #e3e6eb;background:#fff;overflow:auto;position:sticky;top:0;max-height:100vh}
nav h3{font-size:12px;text-transform:uppercase;color:#6b7385;margin:14px 0 4px}nav a{display:block;padding:3px 6px;border-radius:4px;color:#1d2433;text-decoration:none;font-size:13px}
nav a:hover{background:#eef1f5}section{flex:1;padding:20px 28px;max-width:1100px}.op{background:#fff;border:1px solid #e3e6eb;border-radius:8px;margin:0 0 20px;padding:16px 18px}
.m{display:inline-block;min-width:52px;text-align:center;font-weight:600;font-size:12px;border-radius:4px;padding:2px 6px;color:#fff;margin-right:8px}
.GET{background:#2f80ed}.POST{background:#27ae60}.path{font-family:ui-monospace,Menlo,monospace;font-size:15px}
table{border-collapse:collapse;width:100%;margin:6px 0 10px}td,th{border-bottom:1px solid #eef0f3;padding:4px 6px;text-align:left;vertical-align:top;font-size:13px}
th{color:#6b7385;font-weight:500}code,pre,textarea{font-family:ui-monospace,Menlo,monospace;font-size:12px}
pre{background:#0f1420;color:#d6deeb;padding:10px;border-radius:6px;overflow:auto;max-height:420px;white-space:pre-wrap;word-break:break-word}
textarea{width:100%;min-height:160px;padding:8px;border:1px solid #d5d9e0;border-radius:6px}button{background:#1d2433;color:#fff;border:0;border-radius:5px;padding:6px 14px;cursor:pointer}
.muted{color:#6b7385}.req{color:#c0392b;font-size:11px}.codes span{display:inline-block;margin-right:6px;padding:0 6px;border-radius:3px;background:#eef1f5;font-size:12px}
details summary{cursor:pointer;color:#2f5fb3}`;
const SCRIPT = `
(function(){
var MODE=document.body.getAttribute('data-mode');
var keyInput=document.getElementById('key');
keyInput.value=localStorage.getItem('stable-llm-key')||'';
keyInput.addEventListener('change',function(){localStorage.setItem('stable-llm-key',keyInput.value)});
function el(t,a,c){var e=document.createElement(t);if(a)for(var k in a){if(k==='text')e.textContent=a[k];else e.setAttribute(k,a[k]);}(c||[]).forEach(function(x){if(x)e.appendChild(typeof x==='string'?document.createTextNode(x):x)});return e;}
var spec;
function deref(s){var seen=0;while(s&&s.$ref&&seen++<10){s=spec.components.schemas[s.$ref.split('/').pop()];}return s||{};}
function typeOf(s){s=deref(s);if(s.type)return Array.isArray(s.type)?s.type.join(' | '):s.type+(s.type==='array'&&s.items?' of '+typeOf(s.items):'');if(s.anyOf||s.oneOf)return (s.anyOf||s.oneOf).map(typeOf).join(' | ');if(s.const!==undefined)return JSON.stringify(s.const);if(s.enum)return s.enum.map(function(v){return JSON.stringify(v)}).join(' | ');return 'any';}
function propsTable(s,depth){s=deref(s);var variants=s.anyOf||s.oneOf;if(!s.properties&&variants){var box=el('div');variants.forEach(function(v,i){box.appendChild(el('div',{class:'muted',text:'variant '+(i+1)}));box.appendChild(propsTable(v,depth));});return box;}
if(!s.properties)return el('div',{class:'muted',text:typeOf(s)});
var t=el('table',null,[el('tr',null,[el('th',{text:'field'}),el('th',{text:'type'}),el('th',{text:'description'})])]);var req=s.required||[];
Object.keys(s.properties).forEach(function(k){var p=deref(s.properties[k]);var d=el('td',{text:p.description||''});
var nested=p.type==='object'&&p.properties?p:(p.type==='array'&&p.items&&deref(p.items).properties?deref(p.items):null);
if(nested&&depth<3){var det=el('details',null,[el('summary',{text:'fields'})]);det.appendChild(propsTable(nested,depth+1));d.appendChild(det);}
t.appendChild(el('tr',null,[el('td',null,[el('code',{text:k}),req.indexOf(k)>=0?el('span',{class:'req',text:' required'}):null]),el('td',{text:typeOf(p)}),d]));});return t;}
var EXAMPLES={'/v1/chat/completions':{model:'',messages:[{role:'user',content:'Hello!'}],stream:false},'/api/v1/chat/completions':{messages:[{role:'user',content:'Hello!'}]},
'/v1/messages':{model:'',max_tokens:256,messages:[{role:'user',content:'Hello!'}]},'/v1/messages/count_tokens':{model:'',messages:[{role:'user',content:'Hello!'}]},
'/api/chat':{messages:[{role:'user',content:'Hello!'}]},'/v1/tokenize':{text:'Hello world'},'/count_tokens':{text:'Hello world'},
'/api/v1/vision/completions':{image:'data:image/png;base64,...',prompt:'Describe this image in detail.'}};
function tryIt(path,method,op){var box=el('div');var body=null;
if(method==='POST'){var ex=EXAMPLES[path]||{};body=el('textarea');body.value=JSON.stringify(ex,null,2);box.appendChild(body);}
var out=el('pre',{text:''});out.style.display='none';var btn=el('button',{text:'Send'});
btn.onclick=function(){out.style.display='block';out.textContent='…';var h={};if(keyInput.value){h['authorization']='Bearer '+keyInput.value;h['x-api-key']=keyInput.value;}
var init={method:method,headers:h};if(body){h['content-type']='application/json';init.body=body.value;}
fetch(path,init).then(function(r){var head='HTTP '+r.status+'  x-request-id: '+(r.headers.get('x-request-id')||'')+(r.headers.get('x-stable-llm-backend')?'  served by: '+r.headers.get('x-stable-llm-backend')+'/'+r.headers.get('x-stable-llm-model'):'')+'\\n\\n';out.textContent=head;
var reader=r.body.getReader();var dec=new TextDecoder();function pump(){return reader.read().then(function(x){if(x.done)return;var t=dec.decode(x.value,{stream:true});
if((r.headers.get('content-type')||'').indexOf('json')>=0){try{out.textContent+=t;}catch(e){}}else out.textContent+=t;return pump();});}
return pump().then(function(){if((r.headers.get('content-type')||'').indexOf('json')>=0){try{out.textContent=head+JSON.stringify(JSON.parse(out.textContent.slice(head.length)),null,2)}catch(e){}}});})
.catch(function(e){out.textContent=String(e)});};
box.appendChild(el('div',null,[btn]));box.appendChild(out);return box;}
function render(){var nav=document.querySelector('nav');var sec=document.querySelector('section');var groups={};
Object.keys(spec.paths).forEach(function(path){Object.keys(spec.paths[path]).forEach(function(m){var op=spec.paths[path][m];var tag=(op.tags&&op.tags[0])||'Other';(groups[tag]=groups[tag]||[]).push({path:path,method:m.toUpperCase(),op:op});});});
sec.appendChild(el('div',null,[el('h2',{text:spec.info.title+' '+spec.info.version}),el('p',{class:'muted',text:spec.info.description||''}),el('p',null,[el('a',{href:'/openapi.json',text:'openapi.json'}),' · ',el('a',{href:MODE==='docs'?'/redoc':'/docs',text:MODE==='docs'?'reference view':'interactive view'})])]));
Object.keys(groups).forEach(function(tag){nav.appendChild(el('h3',{text:tag}));groups[tag].forEach(function(o,i){var id=(o.method+o.path).replace(/[^a-zA-Z0-9]/g,'-');
nav.appendChild(el('a',{href:'#'+id},[el('span',{class:'m '+o.method,text:o.method}),o.path]));
var card=el('div',{class:'op',id:id},[el('div',null,[el('span',{class:'m '+o.method,text:o.method}),el('span',{class:'path',text:o.path})]),el('h3',{text:o.op.summary||''}),o.op.description?el('p',{text:o.op.description}):null]);
var rb=o.op.requestBody&&o.op.requestBody.content;if(rb){Object.keys(rb).forEach(function(ct){card.appendChild(el('div',{class:'muted',text:'Request body ('+ct+')'}));card.appendChild(propsTable(rb[ct].schema,0));});}
var codes=el('div',{class:'codes'});Object.keys(o.op.responses||{}).forEach(function(c){codes.appendChild(el('span',{title:o.op.responses[c].description||'',text:c}));});card.appendChild(el('div',{class:'muted',text:'Responses'}));card.appendChild(codes);
if(MODE==='docs'){var d=el('details',null,[el('summary',{text:'Try it'})]);d.appendChild(tryIt(o.path,o.method,o.op));card.appendChild(d);}
sec.appendChild(card);});});}
fetch('/openapi.json').then(function(r){return r.json()}).then(function(s){spec=s;render();}).catch(function(e){document.querySelector('section').textContent='cannot load /openapi.json: '+e;});
})();`;
export function docsPage(mode) {
    const title = mode === 'docs' ? 'stable-llm API' : 'stable-llm API reference';
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${STYLE}</style></head>
<body data-mode="${mode}"><header><h1>stable-llm gateway</h1><a href="/docs">docs</a><a href="/redoc">reference</a><a href="/admin">admin</a><a href="/health">health</a><span class="sp"></span><label>API key <input id="key" type="password" placeholder="master or gateway key" autocomplete="off"></label></header>
<main><nav></nav><section></section></main><script>${SCRIPT}</script></body></html>`;
}
//# sourceMappingURL=docs-page.js.map