import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
# Generates processes/mail-triage.bpmn (semantic model + diagram interchange).
from xml.sax.saxutils import escape as esc
def q(s): return esc(s,{'"':'&quot;'})
SIZES={'task':(100,80),'gw':(50,50),'ev':(36,36)}
nodes={}; elements=[]; flows=[]
def el(id,kind,cx,cy,xml): nodes[id]=(kind,cx,cy); elements.append((id,xml))
def flow(id,src,tgt,name=None,cond=None,wps=None): flows.append((id,src,tgt,name,cond,wps))
def bounds(id):
    k,cx,cy=nodes[id]; w,h=SIZES[k]; return cx-w/2,cy-h/2,w,h
def io(id): return ''.join(f'<bpmn:incoming>{f[0]}</bpmn:incoming>' for f in flows if f[2]==id)+''.join(f'<bpmn:outgoing>{f[0]}</bpmn:outgoing>' for f in flows if f[1]==id)
Y=200
el('MessageReceived','ev',150,Y,'<bpmn:startEvent id="MessageReceived" name="Message needs a handler">{io}</bpmn:startEvent>')
el('TriageMessage','task',290,Y,'<bpmn:userTask id="TriageMessage" name="Selvitä viesti / Triage the message" camunda:formRef="mail-triage" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" camunda:dueDate="${{dateTime().plusDays(3).toDate()}}"><bpmn:documentation>A message to the privacy mailbox that the intake could not turn into a case by itself: read it (sender, subject, text, attachments, why it is here) and start the right process, answer the sender, or close it with a reason. Automatic mail never gets an answer from the intake; answer it only if a person needs one.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerInboundMessage}}" event="create" /><camunda:taskListener delegateExpression="${{checkTriageDecision}}" event="complete" /></bpmn:extensionElements>{io}</bpmn:userTask>')
el('Decision','gw',430,Y,'<bpmn:exclusiveGateway id="Decision" name="Decision?" default="Flow_close">{io}</bpmn:exclusiveGateway>')
el('StartAccessRequest','task',570,80,'<bpmn:serviceTask id="StartAccessRequest" name="Start the request" camunda:delegateExpression="${{startAccessRequest}}">{io}</bpmn:serviceTask>')
el('SendTriageReply','task',570,Y,'<bpmn:serviceTask id="SendTriageReply" name="Send the reply" camunda:delegateExpression="${{sendTriageReply}}">{io}</bpmn:serviceTask>')
el('CloseMessage','task',570,320,'<bpmn:serviceTask id="CloseMessage" name="Close the message" camunda:delegateExpression="${{closeMessage}}">{io}</bpmn:serviceTask>')
el('RequestStarted','ev',720,80,'<bpmn:endEvent id="RequestStarted" name="Request started">{io}</bpmn:endEvent>')
el('Answered','ev',720,Y,'<bpmn:endEvent id="Answered" name="Answered">{io}</bpmn:endEvent>')
el('Closed','ev',720,320,'<bpmn:endEvent id="Closed" name="Closed">{io}</bpmn:endEvent>')
flow('Flow_toTriage','MessageReceived','TriageMessage')
flow('Flow_toDecision','TriageMessage','Decision')
flow('Flow_start','Decision','StartAccessRequest',name='start a request',cond="${triageDecision == 'START_ACCESS_REQUEST'}",wps=[(430,175),(430,80),(520,80)])
flow('Flow_reply','Decision','SendTriageReply',name='reply',cond="${triageDecision == 'REPLY'}")
flow('Flow_close','Decision','CloseMessage',name='close',wps=[(430,225),(430,320),(520,320)])
flow('Flow_started','StartAccessRequest','RequestStarted')
flow('Flow_answered','SendTriageReply','Answered')
flow('Flow_closed','CloseMessage','Closed')
def fxml(f):
    id,src,tgt,name,cond,_=f
    n=f' name="{q(name)}"' if name else ''
    if cond: return f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{src}" targetRef="{tgt}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{q(cond)}</bpmn:conditionExpression></bpmn:sequenceFlow>'
    return f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{src}" targetRef="{tgt}" />'
doc='''A message to the privacy mailbox that is not clearly one request (several requests, a complaint, a question, a
scanned form, automatic mail, a bounce of our letter, a reply to a closed case, an unreadable message) becomes one
task here: nothing is lost, nothing is answered automatically. Business key MAIL-<inbound mail id>. Variables:
inboundMailId, triageKind, triageReason, caseNumber (when the message concerns one), triageDecision. The message
itself (sender, subject, text, attachments) is shown from the mailbox tables through task-local sensitive*
variables that never reach history.'''
xml=f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="mail-triage-definitions" targetNamespace="https://tietovahti.fi/bpmn" exporter="Tietovahti" exporterVersion="1.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
<bpmn:process id="mail-triage" name="Sähköpostin selvitys / Mail triage" isExecutable="true" camunda:historyTimeToLive="P1096D">
<bpmn:documentation>{q(doc)}</bpmn:documentation>
'''+'\n'.join(x.format(io=io(i)) for i,x in elements)+'\n'+'\n'.join(fxml(f) for f in flows)+'\n</bpmn:process>\n'
di=['<bpmndi:BPMNDiagram id="mail-triage-diagram">','<bpmndi:BPMNPlane id="mail-triage-plane" bpmnElement="mail-triage">']
for id,(k,cx,cy) in nodes.items():
    x,y,w,h=bounds(id)
    lab=f'<bpmndi:BPMNLabel><dc:Bounds x="{cx-45:.0f}" y="{y+h+4:.0f}" width="90" height="27" /></bpmndi:BPMNLabel>' if k in('ev','gw') else ''
    di.append(f'<bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"><dc:Bounds x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" />{lab}</bpmndi:BPMNShape>')
for id,src,tgt,name,cond,wps in flows:
    if not wps:
        sx,sy,sw,sh=bounds(src); tx,ty,tw,th=bounds(tgt); wps=[(sx+sw,sy+sh/2),(tx,ty+th/2)]
    di.append(f'<bpmndi:BPMNEdge id="{id}_di" bpmnElement="{id}">'+''.join(f'<di:waypoint x="{x:.0f}" y="{y:.0f}" />' for x,y in wps)+'</bpmndi:BPMNEdge>')
di+=['</bpmndi:BPMNPlane>','</bpmndi:BPMNDiagram>']
xml+='\n'.join(di)+'\n</bpmn:definitions>\n'
out=ROOT+'/processes/mail-triage.bpmn'
open(out,'w').write(xml)
import xml.etree.ElementTree as ET
for p,u in [('bpmn','http://www.omg.org/spec/BPMN/20100524/MODEL'),('bpmndi','http://www.omg.org/spec/BPMN/20100524/DI'),('dc','http://www.omg.org/spec/DD/20100524/DC'),('di','http://www.omg.org/spec/DD/20100524/DI'),('camunda','http://camunda.org/schema/1.0/bpmn'),('modeler','http://camunda.org/schema/modeler/1.0'),('xsi','http://www.w3.org/2001/XMLSchema-instance')]:
    ET.register_namespace(p,u)
t=ET.parse(out); ET.indent(t,'  '); t.write(out,encoding='UTF-8',xml_declaration=True)
