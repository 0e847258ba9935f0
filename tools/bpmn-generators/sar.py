import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
# Generates processes/subject-access-request.bpmn (semantic model + diagram interchange).
from xml.sax.saxutils import escape as esc
SIZES={'task':(100,80),'gw':(50,50),'ev':(36,36)}
nodes={}  # id -> (kind, cx, cy)
out=[]
def q(s): return esc(s,{'"':'&quot;'})
def node(id,kind,cx,cy): nodes[id]=(kind,cx,cy)
def bounds(id):
    k,cx,cy=nodes[id]; w,h=SIZES[k]; return cx-w/2,cy-h/2,w,h
flows=[]  # (id, src, tgt, name, cond, waypoints or None)
def flow(id,src,tgt,name=None,cond=None,wps=None): flows.append((id,src,tgt,name,cond,wps))

RETRY='<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>{}</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>'
def incoming(id): return ''.join(f'<bpmn:incoming>{f[0]}</bpmn:incoming>' for f in flows if f[2]==id)
def outgoing(id): return ''.join(f'<bpmn:outgoing>{f[0]}</bpmn:outgoing>' for f in flows if f[1]==id)

DUE='camunda:dueDate="${{legalDeadline}}" camunda:followUpDate="${{internalTarget}}"'
elements=[]  # (id, xml-template with {io}) ; scope
def el(id, kind, cx, cy, xml, scope):
    node(id,kind,cx,cy); elements.append((id,xml,scope))

# ---- top level
el('DeskRequestReceived','ev',150,300,'<bpmn:startEvent id="DeskRequestReceived" name="Request received at the desk" camunda:formRef="access-request-desk" camunda:formRefBinding="latest" camunda:initiator="registeredBy">{io}</bpmn:startEvent>','top')
el('EmailRequestReceived','ev',150,420,'<bpmn:startEvent id="EmailRequestReceived" name="Request received by email">{io}<bpmn:messageEventDefinition messageRef="AccessRequestReceivedMessage" /></bpmn:startEvent>','top')
el('RegisterRequest','task',270,300,'<bpmn:serviceTask id="RegisterRequest" name="Register the request" camunda:delegateExpression="${{registerRequest}}">{io}</bpmn:serviceTask>','top')
el('SendAcknowledgement','task',550,300,'<bpmn:serviceTask id="SendAcknowledgement" name="Send the acknowledgement" camunda:asyncBefore="true" camunda:delegateExpression="${{sendAcknowledgement}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
# subprocess box
SP=(400,60,2240,1060)  # x,y,w,h
el('RequestAnswered','ev',2720,300,'<bpmn:endEvent id="RequestAnswered" name="Request closed">{io}</bpmn:endEvent>','top')

# ---- inside AnswerRequest
Y=300
el('AnswerStarted','ev',450,Y,'<bpmn:startEvent id="AnswerStarted" name="Deadline running">{io}</bpmn:startEvent>','sub')
el('VerifyIdentity','task',660,Y,'<bpmn:callActivity id="VerifyIdentity" name="Verify the identity" calledElement="verify-identity" camunda:calledElementBinding="latest"><bpmn:extensionElements><camunda:in businessKey="#{{execution.processBusinessKey}}" /><camunda:in source="deskCheck" target="deskCheck" /><camunda:in source="legalDeadline" target="legalDeadline" /><camunda:in source="internalTarget" target="internalTarget" /><camunda:out source="identityVerified" target="identityVerified" /><camunda:out source="identityVerificationId" target="identityVerificationId" /><camunda:out source="verifiedIdentityCodeMasked" target="verifiedIdentityCodeMasked" /></bpmn:extensionElements>{io}</bpmn:callActivity>','sub')
el('IdentityVerified','gw',790,Y,'<bpmn:exclusiveGateway id="IdentityVerified" name="Identity verified?" default="Flow_notVerified">{io}</bpmn:exclusiveGateway>','sub')
el('MatchSubject','task',900,Y,'<bpmn:serviceTask id="MatchSubject" name="Match the data subject" camunda:asyncBefore="true" camunda:delegateExpression="${{matchSubject}}">'+RETRY.format('R3/PT1M')+'{io}</bpmn:serviceTask>','sub')
el('WhoseData','gw',1030,Y,'<bpmn:exclusiveGateway id="WhoseData" name="Whose data?" default="Flow_matched">{io}</bpmn:exclusiveGateway>','sub')
el('ReviewGuardianRequest','task',1150,110,'<bpmn:userTask id="ReviewGuardianRequest" name="Arvioi huoltajan pyyntö / Review the guardian&apos;s request" camunda:formRef="access-guardian-review" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" '+DUE+'><bpmn:documentation>A guardian asks for a minor&apos;s data. Establish the guardianship (e.g. from the population register or a document shown) and choose the child, or refuse with reasons. The child&apos;s own interest may also weigh against disclosure.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerCandidates}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','sub')
el('ChooseDataSubject','task',1150,210,'<bpmn:userTask id="ChooseDataSubject" name="Valitse rekisteröity / Choose the data subject" camunda:formRef="access-choose-subject" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" '+DUE+'><bpmn:documentation>Several residents fit the verified name and birth date. Choose the requester, or answer that no data is held.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerCandidates}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','sub')
el('RecordSubjectChoice','task',1290,160,'<bpmn:serviceTask id="RecordSubjectChoice" name="Record the choice" camunda:delegateExpression="${{recordSubjectChoice}}">{io}</bpmn:serviceTask>','sub')
el('Chosen','gw',1410,160,'<bpmn:exclusiveGateway id="Chosen" name="Chosen?" default="Flow_chosen">{io}</bpmn:exclusiveGateway>','sub')
el('CollectPersonalData','task',1520,Y,'<bpmn:serviceTask id="CollectPersonalData" name="Collect the personal data" camunda:asyncBefore="true" camunda:delegateExpression="${{collectPersonalData}}">'+RETRY.format('R3/PT1M')+'{io}</bpmn:serviceTask>','sub')
el('ReviewNeeded','gw',1650,Y,'<bpmn:exclusiveGateway id="ReviewNeeded" name="Review needed?" default="Flow_toReview">{io}</bpmn:exclusiveGateway>','sub')
el('ReviewAndRedact','task',1760,420,'<bpmn:userTask id="ReviewAndRedact" name="Tarkista ja peitä / Review and redact" camunda:formRef="access-review-redact" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" '+DUE+'><bpmn:documentation>GDPR Art. 15(4): the copy must not adversely affect the rights of others. The listed items carry other people&apos;s data (complainants, co-residents, authors of notes); redact those that would, with the reason. Everything else stays in the report.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerRedactionItems}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','sub')
el('SaveRedactions','task',1900,420,'<bpmn:serviceTask id="SaveRedactions" name="Save the redactions" camunda:delegateExpression="${{saveRedactions}}">{io}</bpmn:serviceTask>','sub')
el('RenderReport','task',2030,Y,'<bpmn:serviceTask id="RenderReport" name="Render the report" camunda:asyncBefore="true" camunda:delegateExpression="${{renderReport}}">'+RETRY.format('R3/PT1M')+'{io}</bpmn:serviceTask>','sub')
el('DeliverReport','task',2170,Y,'<bpmn:serviceTask id="DeliverReport" name="Deliver the report securely" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{deliverReport}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
el('CloseCase','task',2310,Y,'<bpmn:serviceTask id="CloseCase" name="Close the case" camunda:delegateExpression="${{closeCase}}">{io}</bpmn:serviceTask>','sub')
el('CaseClosed','ev',2440,Y,'<bpmn:endEvent id="CaseClosed" name="Case closed">{io}<bpmn:terminateEventDefinition /></bpmn:endEvent>','sub')
el('SendNoDataLetter','task',1520,560,'<bpmn:serviceTask id="SendNoDataLetter" name="Send the no-data letter" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{sendNoDataLetter}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
el('SendRefusalLetter','task',1520,680,'<bpmn:serviceTask id="SendRefusalLetter" name="Send the refusal letter" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{sendRefusalLetter}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')

# ---- event subprocess (inside AnswerRequest)
EY=900
ESP=(560,800,1000,290)
el('DeadlineAtRiskStart','ev',610,EY,'<bpmn:startEvent id="DeadlineAtRiskStart" name="Deadline at risk" isInterrupting="false">{io}<bpmn:timerEventDefinition><bpmn:timeDate>${{atRiskAt}}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>','esp')
el('DecideOnDeadline','task',720,EY,'<bpmn:userTask id="DecideOnDeadline" name="Määräaika vaarassa / Deadline at risk: decide" camunda:formRef="access-deadline-at-risk" camunda:formRefBinding="latest" camunda:candidateGroups="dpo" camunda:dueDate="${{legalDeadline}}"><bpmn:documentation>The legal deadline is near and the request is not answered. See that it is answered in time, or extend the deadline by up to two months with reasons (GDPR Art. 12(3)); the requester must be told within the first month, so an extension is refused after it.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{onlyTheDpo}}" event="complete" /></bpmn:extensionElements>{io}</bpmn:userTask>','esp')
el('ExtendChosen','gw',850,EY,'<bpmn:exclusiveGateway id="ExtendChosen" name="Extend?" default="Flow_noExtension">{io}</bpmn:exclusiveGateway>','esp')
el('ExtendDeadline','task',960,EY,'<bpmn:serviceTask id="ExtendDeadline" name="Extend the deadline" camunda:delegateExpression="${{extendDeadline}}">{io}</bpmn:serviceTask>','esp')
el('SendExtensionLetter','task',1100,EY,'<bpmn:serviceTask id="SendExtensionLetter" name="Send the extension letter" camunda:asyncBefore="true" camunda:delegateExpression="${{sendExtensionLetter}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','esp')
el('ExtendedDeadlineAtRisk','ev',1220,EY,'<bpmn:intermediateCatchEvent id="ExtendedDeadlineAtRisk" name="Extended deadline at risk">{io}<bpmn:timerEventDefinition><bpmn:timeDate>${{atRiskAt}}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>','esp')
el('WatchExtendedDeadline','task',1340,EY,'<bpmn:userTask id="WatchExtendedDeadline" name="Jatkettu määräaika vaarassa / Extended deadline at risk" camunda:formRef="access-extended-deadline-at-risk" camunda:formRefBinding="latest" camunda:candidateGroups="dpo" camunda:dueDate="${{legalDeadline}}"><bpmn:documentation>The extended deadline is near. No further extension exists: see that the request is answered.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{onlyTheDpo}}" event="complete" /></bpmn:extensionElements>{io}</bpmn:userTask>','esp')
el('DeadlineDue','ev',1220,EY+120,'<bpmn:intermediateCatchEvent id="DeadlineDue" name="Deadline reached">{io}<bpmn:timerEventDefinition><bpmn:timeDate>${{legalDeadline}}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>','esp')
el('DeadlinePassed','task',1340,EY+120,'<bpmn:userTask id="DeadlinePassed" name="Määräaika ylittyi / Deadline passed" camunda:formRef="access-deadline-passed" camunda:formRefBinding="latest" camunda:candidateGroups="dpo"><bpmn:documentation>The legal deadline has passed and the request is not answered: the requester may complain to the Data Protection Ombudsman. See that the answer goes out now, and record what was done.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{onlyTheDpo}}" event="complete" /></bpmn:extensionElements>{io}</bpmn:userTask>','esp')
el('WatchEnded','ev',1480,EY+120,'<bpmn:endEvent id="WatchEnded" name="Watched">{io}</bpmn:endEvent>','esp')

# ---- event subprocess: the requester wrote (inside AnswerRequest)
ESP2=(1620,800,960,290)
el('RequesterWroteStart','ev',1670,EY,'<bpmn:startEvent id="RequesterWroteStart" name="Requester wrote" isInterrupting="false">{io}<bpmn:messageEventDefinition messageRef="RequesterMailReceivedMessage" /></bpmn:startEvent>','esp2')
el('ReadRequesterMessage','task',1800,EY,'<bpmn:userTask id="ReadRequesterMessage" name="Lue pyytäjän viesti / Read the requester&apos;s message" camunda:formRef="access-requester-message" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" '+DUE+'><bpmn:documentation>The requester (or someone in the thread) wrote about this case: more information, a question, or a withdrawal. Read it; if the requester withdraws the request, the case closes with a confirmation letter.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerInboundMessage}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','esp2')
el('WithdrawnChosen','gw',1940,EY,'<bpmn:exclusiveGateway id="WithdrawnChosen" name="Withdrawn?" default="Flow_messageNoted">{io}</bpmn:exclusiveGateway>','esp2')
el('RequestWithdrawn','ev',2080,EY,'<bpmn:endEvent id="RequestWithdrawn" name="Request withdrawn">{io}<bpmn:escalationEventDefinition escalationRef="RequestWithdrawnEscalation" /></bpmn:endEvent>','esp2')
el('MessageRead','ev',2080,EY+120,'<bpmn:endEvent id="MessageRead" name="Message read">{io}</bpmn:endEvent>','esp2')
# ---- top level: the withdrawal interrupts the answering
el('WithdrawalReceived','ev',2500,1120,'<bpmn:boundaryEvent id="WithdrawalReceived" name="Withdrawn" attachedToRef="AnswerRequest">{io}<bpmn:escalationEventDefinition escalationRef="RequestWithdrawnEscalation" /></bpmn:boundaryEvent>','top')
el('CloseWithdrawn','task',2500,1240,'<bpmn:serviceTask id="CloseWithdrawn" name="Close the withdrawn request" camunda:asyncBefore="true" camunda:delegateExpression="${{closeWithdrawn}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','top')
el('RequestWithdrawnClosed','ev',2720,1240,'<bpmn:endEvent id="RequestWithdrawnClosed" name="Withdrawn request closed">{io}</bpmn:endEvent>','top')

# ---- flows
flow('Flow_deskToRegister','DeskRequestReceived','RegisterRequest')
flow('Flow_emailToRegister','EmailRequestReceived','RegisterRequest',wps=[(168,420),(270,420),(270,340)])
flow('Flow_toAnswer','RegisterRequest','AnswerRequest',wps=[(320,300),(400,300)])
flow('Flow_toAcknowledge','AnswerStarted','SendAcknowledgement')
flow('Flow_toEnd','AnswerRequest','RequestAnswered',wps=[(2640,300),(2702,300)])
flow('Flow_toVerify','SendAcknowledgement','VerifyIdentity')
flow('Flow_toVerified','VerifyIdentity','IdentityVerified')
flow('Flow_verified','IdentityVerified','MatchSubject',name='yes',cond='${identityVerified == true}')
flow('Flow_notVerified','IdentityVerified','CloseCase',name='no',wps=[(790,325),(790,760),(2310,760),(2310,340)])
flow('Flow_toWhose','MatchSubject','WhoseData')
flow('Flow_matched','WhoseData','CollectPersonalData',name='one person')
flow('Flow_guardian','WhoseData','ReviewGuardianRequest',name='guardian',cond="${matchOutcome == 'GUARDIAN'}",wps=[(1030,275),(1030,110),(1100,110)])
flow('Flow_ambiguous','WhoseData','ChooseDataSubject',name='several',cond="${matchOutcome == 'AMBIGUOUS'}",wps=[(1030,275),(1030,210),(1100,210)])
flow('Flow_noData','WhoseData','SendNoDataLetter',name='nobody',cond="${matchOutcome == 'NO_DATA'}",wps=[(1030,325),(1030,560),(1470,560)])
flow('Flow_guardianDecided','ReviewGuardianRequest','RecordSubjectChoice',wps=[(1200,110),(1290,110),(1290,120)])
flow('Flow_chosenOne','ChooseDataSubject','RecordSubjectChoice',wps=[(1200,210),(1290,210),(1290,200)])
flow('Flow_toChosen','RecordSubjectChoice','Chosen')
flow('Flow_chosen','Chosen','CollectPersonalData',name='chosen',wps=[(1435,160),(1520,160),(1520,260)])
flow('Flow_chosenNone','Chosen','SendNoDataLetter',name='no data',cond="${matchOutcome == 'NO_DATA'}",wps=[(1410,185),(1410,540),(1470,540)])
flow('Flow_refused','Chosen','SendRefusalLetter',name='refused',cond="${matchOutcome == 'REFUSED'}",wps=[(1410,185),(1410,680),(1470,680)])
flow('Flow_toReviewNeeded','CollectPersonalData','ReviewNeeded')
flow('Flow_straightThrough','ReviewNeeded','RenderReport',name='straight through',cond='${straightThrough == true}')
flow('Flow_toReview','ReviewNeeded','ReviewAndRedact',name='review',wps=[(1650,325),(1650,420),(1710,420)])
flow('Flow_toSaveRedactions','ReviewAndRedact','SaveRedactions')
flow('Flow_redacted','SaveRedactions','RenderReport',wps=[(1950,420),(2030,420),(2030,340)])
flow('Flow_toDeliver','RenderReport','DeliverReport')
flow('Flow_delivered','DeliverReport','CloseCase')
flow('Flow_closed','CloseCase','CaseClosed')
flow('Flow_noDataSent','SendNoDataLetter','CloseCase',wps=[(1570,560),(2290,560),(2290,340)])
flow('Flow_refusalSent','SendRefusalLetter','CloseCase',wps=[(1570,680),(2330,680),(2330,340)])
flow('Flow_toDecide','DeadlineAtRiskStart','DecideOnDeadline')
flow('Flow_toExtendChosen','DecideOnDeadline','ExtendChosen')
flow('Flow_extend','ExtendChosen','ExtendDeadline',name='extend',cond='${extend == true}')
flow('Flow_noExtension','ExtendChosen','DeadlineDue',name='no',wps=[(850,925),(850,1020),(1202,1020)])
flow('Flow_toExtensionLetter','ExtendDeadline','SendExtensionLetter')
flow('Flow_toExtendedWatch','SendExtensionLetter','ExtendedDeadlineAtRisk')
flow('Flow_toWatchTask','ExtendedDeadlineAtRisk','WatchExtendedDeadline')
flow('Flow_toDeadlineDue','WatchExtendedDeadline','DeadlineDue',wps=[(1390,900),(1420,900),(1420,975),(1220,975),(1220,1002)])
flow('Flow_toDeadlinePassed','DeadlineDue','DeadlinePassed')
flow('Flow_watched','DeadlinePassed','WatchEnded')

flow('Flow_toReadMessage','RequesterWroteStart','ReadRequesterMessage')
flow('Flow_toWithdrawnChosen','ReadRequesterMessage','WithdrawnChosen')
flow('Flow_withdrawn','WithdrawnChosen','RequestWithdrawn',name='withdrawn',cond="${requesterMessageAction == 'WITHDRAWN'}")
flow('Flow_messageNoted','WithdrawnChosen','MessageRead',name='noted',wps=[(1940,925),(1940,1020),(2062,1020)])
flow('Flow_toCloseWithdrawn','WithdrawalReceived','CloseWithdrawn',wps=[(2500,1138),(2500,1200)])
flow('Flow_withdrawnClosed','CloseWithdrawn','RequestWithdrawnClosed')

def fxml(f):
    id,src,tgt,name,cond,_=f
    n=f' name="{q(name)}"' if name else ''
    if cond:
        return f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{src}" targetRef="{tgt}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{q(cond)}</bpmn:conditionExpression></bpmn:sequenceFlow>'
    return f'<bpmn:sequenceFlow id="{id}"{n} sourceRef="{src}" targetRef="{tgt}" />'
def scope_flows(scope):
    ids={e[0] for e in elements if e[2]==scope}
    if scope=='top': ids|={'AnswerRequest'}
    return [f for f in flows if f[1] in ids]
def scope_xml(scope):
    return '\n'.join(x.format(io=incoming(i)+outgoing(i)) for i,x,s in elements if s==scope)+'\n'+'\n'.join(fxml(f) for f in scope_flows(scope))

nodes['AnswerRequest']=('task',SP[0]+SP[2]/2,SP[1]+SP[3]/2)
esp=f'<bpmn:subProcess id="DeadlineWatch" name="Deadline watch" triggeredByEvent="true">\n{scope_xml("esp")}\n</bpmn:subProcess>'
esp+=f'\n<bpmn:subProcess id="RequesterWrote" name="The requester wrote" triggeredByEvent="true">\n{scope_xml("esp2")}\n</bpmn:subProcess>'
sub=f'<bpmn:subProcess id="AnswerRequest" name="Answer the request">{incoming("AnswerRequest")}{outgoing("AnswerRequest")}\n{scope_xml("sub")}\n{esp}\n</bpmn:subProcess>'

doc='''The subject-access request (GDPR Art. 15), from any of three doors (the service-desk start form, POST
/api/access-requests, the email intake's message) to the secure delivery of the report. Business key = case number.
Variables: legalDeadline and internalTarget (task due and follow-up dates), atRiskAt (the DPO's deadline watch),
identityPausedDays, matchOutcome, recordCount, thirdPartyItemCount, straightThrough, redactionCount, outcome,
onTimeLegal, onTimeTarget, requesterMessageAction (a reply read by a handler: NOTED or WITHDRAWN). A reply
to the case (the email intake's message RequesterMailReceived) opens a task; a withdrawal closes the case. No personal data: names and contacts live in the case tables.'''

xml=f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  xmlns:modeler="http://camunda.org/schema/modeler/1.0"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  id="subject-access-request-definitions" targetNamespace="https://tietovahti.fi/bpmn"
                  exporter="Tietovahti" exporterVersion="1.0"
                  modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
<bpmn:message id="AccessRequestReceivedMessage" name="AccessRequestReceived" />
<bpmn:message id="RequesterMailReceivedMessage" name="RequesterMailReceived" />
<bpmn:escalation id="RequestWithdrawnEscalation" name="Request withdrawn" escalationCode="RequestWithdrawn" />
<bpmn:process id="subject-access-request" name="Tarkastuspyyntö / Subject-access request" isExecutable="true"
              camunda:historyTimeToLive="P1096D" camunda:candidateStarterGroups="privacy-handlers,dpo">
<bpmn:documentation>{q(doc)}</bpmn:documentation>
{scope_xml("top")}
{sub}
</bpmn:process>
'''
# DI
di=['<bpmndi:BPMNDiagram id="subject-access-request-diagram">','<bpmndi:BPMNPlane id="subject-access-request-plane" bpmnElement="subject-access-request">']
def shape(id,x,y,w,h,extra=''):
    di.append(f'<bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{extra}><dc:Bounds x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" /></bpmndi:BPMNShape>')
shape('AnswerRequest',*SP,' isExpanded="true"')
shape('DeadlineWatch',*ESP,' isExpanded="true"')
shape('RequesterWrote',*ESP2,' isExpanded="true"')
for id,(k,cx,cy) in nodes.items():
    if id=='AnswerRequest': continue
    x,y,w,h=bounds(id)
    if k in('ev','gw'):
        lab=f'<bpmndi:BPMNLabel><dc:Bounds x="{cx-45:.0f}" y="{y+h+4:.0f}" width="90" height="27" /></bpmndi:BPMNLabel>'
        di.append(f'<bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"><dc:Bounds x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" />{lab}</bpmndi:BPMNShape>')
    else:
        shape(id,x,y,w,h)
def edge_pts(src,tgt):
    sx,sy,sw,sh=bounds(src) if src!='AnswerRequest' else SP
    tx,ty,tw,th=bounds(tgt) if tgt!='AnswerRequest' else SP
    a=(sx+sw,sy+sh/2); b=(tx,ty+th/2)
    if abs(a[1]-b[1])<1: return [a,b]
    mx=(a[0]+b[0])/2
    return [a,(mx,a[1]),(mx,b[1]),b]
for id,src,tgt,name,cond,wps in flows:
    pts=wps if wps else edge_pts(src,tgt)
    if wps:
        # prepend exit/append entry where missing
        pass
    di.append(f'<bpmndi:BPMNEdge id="{id}_di" bpmnElement="{id}">'+''.join(f'<di:waypoint x="{x:.0f}" y="{y:.0f}" />' for x,y in pts)+'</bpmndi:BPMNEdge>')
di.append('</bpmndi:BPMNPlane>'); di.append('</bpmndi:BPMNDiagram>')
xml+='\n'.join(di)+'\n</bpmn:definitions>\n'
open(ROOT+'/processes/subject-access-request.bpmn','w').write(xml)
import xml.etree.ElementTree as ET
for p,u in [('bpmn','http://www.omg.org/spec/BPMN/20100524/MODEL'),('bpmndi','http://www.omg.org/spec/BPMN/20100524/DI'),('dc','http://www.omg.org/spec/DD/20100524/DC'),('di','http://www.omg.org/spec/DD/20100524/DI'),('camunda','http://camunda.org/schema/1.0/bpmn'),('modeler','http://camunda.org/schema/modeler/1.0'),('xsi','http://www.w3.org/2001/XMLSchema-instance')]:
    ET.register_namespace(p,u)
tree=ET.parse(ROOT+'/processes/subject-access-request.bpmn')
ET.indent(tree,'  ')
tree.write(ROOT+'/processes/subject-access-request.bpmn',encoding='UTF-8',xml_declaration=True)
