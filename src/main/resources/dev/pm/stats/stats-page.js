(function(){
  var table=document.getElementById('items'),body=table.tBodies[0],filter=document.getElementById('filter'),shown=document.getElementById('shown');
  var data=JSON.parse(document.getElementById('chart-data').textContent);
  var tiles={};document.querySelectorAll('[data-tile]').forEach(function(t){var v=t.querySelector('.value');tiles[t.dataset.tile]={el:v,all:v.textContent};});
  function set(k,v){if(tiles[k])tiles[k].el.textContent=v;}
  function recount(rows,filtered){
    if(!filtered){Object.keys(tiles).forEach(function(k){set(k,tiles[k].all);});return;}
    var n={open:0,done:0,cancelled:0,overdue:0,noOwner:0},inc=Object.create(null);
    rows.forEach(function(r){var s=r.dataset.status;if(s==='done')n.done++;else if(s==='cancelled')n.cancelled++;else n.open++;
      if(r.classList.contains('overdue'))n.overdue++;if(!r.dataset.owner)n.noOwner++;inc[r.dataset.incident]=1;});
    set('incidents',Object.keys(inc).length);set('total',rows.length);set('open',n.open);set('done',n.done);set('overdue',n.overdue);set('no-owner',n.noOwner);
    set('completion',rows.length===n.cancelled?'-':Math.round(100*n.done/(rows.length-n.cancelled))+'%');
  }

  // The charts, drawn again from the rows a filter leaves, with the sizes HtmlCharts uses for the
  // page as written; without a filter the page's own drawing comes back.
  var charts={owner:document.getElementById('owner-chart'),month:document.getElementById('month-chart')},drawn={};
  Object.keys(charts).forEach(function(k){drawn[k]=Array.prototype.slice.call(charts[k].childNodes,1);});
  // SVG elements made by the HTML parser (which puts them in the SVG namespace), so that the page
  // names no URL at all; the names are this script's own, values go in as attributes and text.
  function node(name,attrs,text){var box=document.createElement('div');box.innerHTML=name==='svg'?'<svg></svg>':'<svg><'+name+'></'+name+'></svg>';
    var e=name==='svg'?box.firstChild:box.firstChild.firstChild;Object.keys(attrs).forEach(function(a){e.setAttribute(a,attrs[a]);});if(text!==undefined)e.textContent=text;return e;}
  function rect(svg,x,y,w,h,fill,title){var r=node('rect',{x:x,y:y,width:w,height:h,fill:fill});if(title!==undefined)r.appendChild(node('title',{},title));svg.appendChild(r);}
  function svg(label,width,height){return node('svg',{role:'img','aria-label':label,viewBox:'0 0 '+width+' '+height,width:'100%'});}
  function legend(svg,y,shades){var x=10;shades.forEach(function(s){rect(svg,x,y,12,12,s.colour);svg.appendChild(node('text',{x:x+16,y:y+11},s.name));x+=30+s.name.length*8;});}
  function show(k,content){var f=charts[k];while(f.childNodes.length>1)f.removeChild(f.lastChild);content.forEach(function(c){f.appendChild(c);});}
  function message(text){var p=document.createElement('p');p.textContent=text;return [p];}
  function ownerChart(rows){
    var groups=Object.create(null);
    rows.forEach(function(r){var s=r.dataset.status,late=r.classList.contains('overdue');
      data.rows[r.dataset.row].owners.forEach(function(o){var c=groups[o]||(groups[o]={total:0,open:0,done:0,cancelled:0,overdue:0});
        c.total++;if(s==='done')c.done++;else if(s==='cancelled')c.cancelled++;else c.open++;if(late)c.overdue++;});});
    var names=Object.keys(groups).sort(function(a,b){return a<b?-1:a>b?1:0;});
    if(!names.length)return message('No action items.');
    var max=Math.max.apply(null,names.map(function(n){return groups[n].total;})),out=svg('Action items by owner',620,names.length*22+30),y=0;
    names.forEach(function(name){var c=groups[name],x=150;
      out.appendChild(node('text',{x:144,y:y+15,'text-anchor':'end'},name.length<=20?name:name.substring(0,19)+'\u2026'));
      [[c.done,'#16a34a','done'],[c.open-c.overdue,'#2563eb','open'],[c.overdue,'#dc2626','overdue'],[c.cancelled,'#94a3b8','cancelled']].forEach(function(b){
        if(b[0]<=0)return;var w=Math.max(2,Math.round(b[0]*420/max));rect(out,x,y+3,w,16,b[1],b[0]+' '+b[2]);x+=w;});
      out.appendChild(node('text',{x:x+4,y:y+15},String(c.total)));y+=22;});
    legend(out,y+8,[{name:'done',colour:'#16a34a'},{name:'open',colour:'#2563eb'},{name:'overdue',colour:'#dc2626'},{name:'cancelled',colour:'#94a3b8'}]);
    return [out];
  }
  function monthChart(rows){
    var counts=Object.create(null),seen=Object.create(null),max=0;
    rows.forEach(function(r){var i=data.rows[r.dataset.row].incident;if(seen[i])return;seen[i]=1;
      var inc=data.incidents[i],m=counts[inc.month]||(counts[inc.month]={by:Object.create(null),total:0});m.by[inc.severity]=(m.by[inc.severity]||0)+1;m.total++;max=Math.max(max,m.total);});
    if(!max)return message('No incidents.');
    var out=svg('Incidents per month',Math.max(620,data.months.length*66+40),270),x=30;
    data.months.forEach(function(month){var m=counts[month]||{by:Object.create(null)},y=200;
      data.severities.forEach(function(s){var n=m.by[s.name]||0;if(!n)return;var h=Math.max(2,Math.round(n*190/max));y-=h;rect(out,x,y,44,h,s.colour,n+' '+s.name+' in '+month);});
      out.appendChild(node('text',{x:x+22,y:214,'text-anchor':'middle','font-size':10},month));x+=66;});
    legend(out,230,data.severities);
    return [out];
  }
  function redraw(rows,filtered){
    Object.keys(charts).forEach(function(k){charts[k].classList.toggle('filtered',filtered);});
    show('owner',filtered?ownerChart(rows):drawn.owner);show('month',filtered?monthChart(rows):drawn.month);
  }

  function apply(){var q=filter.value.toLowerCase(),rows=[];for(var r of body.rows){var hit=r.textContent.toLowerCase().indexOf(q)>=0;r.style.display=hit?'':'none';if(hit)rows.push(r);}
    shown.textContent=rows.length+' of '+body.rows.length+' action items shown';recount(rows,q!=='');redraw(rows,q!=='');}
  filter.addEventListener('input',apply);
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,i){th.setAttribute('aria-sort','none');
    function sort(){var asc=th.getAttribute('aria-sort')!=='ascending';Array.prototype.forEach.call(heads,function(o){o.setAttribute('aria-sort','none');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent;
        if((x==='')!==(y===''))return x===''?1:-1;return (asc?1:-1)*x.localeCompare(y,undefined,{numeric:true});});
      rows.forEach(function(r){body.appendChild(r);});}
    th.addEventListener('click',sort);
    th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});});
  var q=/[#&]q=([^&]*)/.exec(location.hash);if(q)filter.value=decodeURIComponent(q[1]);
  apply();
})();
